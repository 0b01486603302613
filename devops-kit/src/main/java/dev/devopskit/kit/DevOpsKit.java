package dev.devopskit.kit;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.Generation;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.project.ProjectFacts;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.value.ValueText;
import dev.devopskit.kit.check.RepositoryCheck;
import dev.devopskit.kit.internal.Artifacts;
import dev.devopskit.kit.internal.DescriptorReader;
import dev.devopskit.observability.slo.Slo;
import dev.devopskit.observability.uptime.Uptime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call sets up a repository, one call checks it.
 *
 * <pre>{@code
 * DevOpsKit.Setup setup = DevOpsKit.detect(Path.of("."));      // what was found, and from where
 * Blueprint blueprint = setup.blueprint().orElseThrow();
 * Generation.Plan plan = DevOpsKit.generate(blueprint, Path.of("."), false);
 * CheckResult result = DevOpsKit.check(Path.of("."));
 * }</pre>
 */
public final class DevOpsKit {
  /** Where a checkout declares its environments. */
  public static final String ENVIRONMENTS_FILE = "environments.yml";

  private DevOpsKit() {}

  /**
   * What detection found in a checkout: the facts with their evidence, the descriptor when there is one, the
   * blueprint when a toolchain is known, and findings about the descriptor.
   */
  public record Setup(ProjectFacts facts, Optional<Parsed<Descriptor>> descriptor, Optional<Blueprint> blueprint,
      List<Finding> findings) {
    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  /** Detects a checkout's facts, reads its {@code devops.yaml}, and makes the blueprint. Never throws on bad files. */
  public static Setup detect(Path root) {
    ProjectFacts facts = ProjectFacts.detect(root);
    Optional<Parsed<Descriptor>> descriptor = Optional.empty();
    List<Finding> findings = new ArrayList<>();
    Path file = root.resolve(Descriptor.FILE);
    if (Files.isRegularFile(file)) {
      Parsed<SourceFile> loaded = Sources.load(file, Descriptor.FILE, Sources.DEFAULT_MAX_BYTES);
      findings.addAll(loaded.findings());
      if (loaded.value().isPresent()) {
        Parsed<Descriptor> parsed = DescriptorReader.read(loaded.value().get());
        findings.addAll(parsed.findings());
        descriptor = Optional.of(parsed);
      }
    }
    Descriptor given = descriptor.flatMap(Parsed::value).orElse(Descriptor.empty());
    Optional<Blueprint> blueprint = Optional.empty();
    if (facts.toolchain().isPresent() || given.packageManager().isPresent()) {
      Blueprint.Builder builder = Blueprint.builder().name(Blueprint.kebab(facts.name()))
          .addAllServices(facts.services());
      facts.toolchain().ifPresent(builder::toolchain);
      facts.migrationTool().ifPresent(builder::migrationTool);
      facts.migrationsFolder().ifPresent(builder::migrationsFolder);
      facts.migrateCommand().ifPresent(builder::migrateCommand);
      facts.entryPoint().ifPresent(builder::entryPoint);
      reviewedDate(root).ifPresent(builder::reviewed);
      declaredEnvironments(root, findings).ifPresent(builder::environments);
      try {
        blueprint = Optional.of(given.applyTo(builder, facts.toolchain()).build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        findings.add(Finding.of(DescriptorReader.SYNTAX.id(), DescriptorReader.SYNTAX.defaultSeverity(),
            "the project cannot be described: " + e.getMessage(),
            dev.devopskit.core.check.Location.of(dev.devopskit.core.source.DocPath.root())
                .withFile(Descriptor.FILE)));
      }
    }
    return new Setup(facts, descriptor, blueprint, findings);
  }

  /** The environments of {@code environments.yml}, when the checkout declares them (the descriptor still wins). */
  private static Optional<dev.devopskit.core.environment.Environments> declaredEnvironments(Path root,
      List<Finding> findings) {
    Path file = root.resolve(ENVIRONMENTS_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Parsed<SourceFile> loaded = Sources.load(file, ENVIRONMENTS_FILE, Sources.DEFAULT_MAX_BYTES);
    if (loaded.value().isEmpty()) {
      findings.addAll(loaded.findings());
      return Optional.empty();
    }
    Parsed<dev.devopskit.core.environment.Environments> parsed =
        new dev.devopskit.core.environment.EnvironmentsFormat().read(loaded.value().get());
    findings.addAll(parsed.findings());
    return parsed.hasErrors() ? Optional.empty() : parsed.value().filter(e -> !e.environments().isEmpty());
  }

  /** The review date of the runbooks devops-kit wrote before, so that a second run changes nothing. */
  private static Optional<java.time.LocalDate> reviewedDate(Path root) {
    Path index = root.resolve("docs/devops/runbooks");
    if (!Files.isDirectory(index)) {
      return Optional.empty();
    }
    try (java.util.stream.Stream<Path> files = Files.list(index)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        Parsed<SourceFile> loaded = Sources.load(file, file.getFileName().toString(), Sources.DEFAULT_MAX_BYTES);
        Optional<java.time.LocalDate> date = loaded.value().flatMap(s -> dev.devopskit.docs.Docs.readRunbook(s)
            .value()).flatMap(dev.devopskit.docs.runbook.Runbook::lastReviewed);
        if (date.isPresent()) {
          return date;
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The service-level objectives devops-kit writes alerts for: availability (5xx responses) first, then latency
   * (the share of requests under {@link Blueprint#latencyThresholdSeconds()}).
   */
  public static List<Slo> objectives(Blueprint blueprint) {
    return Artifacts.slos(blueprint);
  }

  /** The uptime probes devops-kit writes: each environment with a URL, at the health path. */
  public static Uptime uptime(Blueprint blueprint) {
    return Artifacts.uptime(blueprint);
  }

  /** Every file devops-kit writes for a blueprint, at its conventional path. */
  public static List<GeneratedFile> files(Blueprint blueprint) {
    return Artifacts.of(blueprint);
  }

  /** What generating would do (a dry run), with diffs for files that change. */
  public static Generation.Plan plan(Blueprint blueprint, Path root, boolean force) throws IOException {
    return Generation.in(root).plan(files(blueprint), force);
  }

  /** Writes every file; files edited by hand are kept unless {@code force}. A second run changes nothing. */
  public static Generation.Plan generate(Blueprint blueprint, Path root, boolean force) throws IOException {
    return Generation.in(root).apply(files(blueprint), force);
  }

  /** Checks a checkout with every installed format, the cross-file rules and the default policy. */
  public static CheckResult check(Path root) throws IOException {
    return check(root, Policy.defaults());
  }

  /** Checks a checkout with every installed format, the cross-file rules and a policy. */
  public static CheckResult check(Path root, Policy policy) throws IOException {
    return RepositoryCheck.of(Formats.installed(), policy).check(root);
  }
}
