package dev.devopskit.kit.check;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.policy.Baseline;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.policy.PolicyFile;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.value.ValueText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The policy a repository check runs with, and the findings about the policy file itself. The command line and
 * the build-tool integrations choose it the same way: the policy file given, else {@code .devops-kit.yml} in the
 * checked folder or at its repository root when there is one, else the defaults; then a profile and a baseline
 * when asked for.
 *
 * <pre>{@code
 * CheckPolicy chosen = CheckPolicy.load(formats, Optional.empty(), Path.of("."));
 * CheckResult result = chosen.addFindingsTo(RepositoryCheck.of(formats, chosen.policy()).check(Path.of(".")));
 * }</pre>
 *
 * @param policy the policy to check with
 * @param findings what is wrong with the policy file (a syntax error, an unknown rule id), reported with the check
 */
public record CheckPolicy(Policy policy, List<Finding> findings) {
  /** A policy and the findings about its file. */
  public CheckPolicy {
    findings = List.copyOf(findings);
  }

  /**
   * Loads the policy for a check.
   *
   * @param formats the formats whose rules the policy file may name
   * @param file the policy file; when empty, {@code .devops-kit.yml} in the checked folder, else at the root of its
   *     repository ({@link RepositoryCheck#repositoryRoot}), is used if it exists
   * @param target the first file or folder checked
   * @return the policy, or the defaults with findings when the file cannot be read
   * @throws IllegalArgumentException when {@code file} is given and is not a regular file
   */
  public static CheckPolicy load(Formats formats, Optional<Path> file, Path target) {
    Path base = Files.isDirectory(target) ? target : Path.of(".");
    Path chosen = file.orElse(base.resolve(PolicyFile.DEFAULT_NAME));
    if (file.isPresent() && !Files.isRegularFile(chosen)) {
      throw new IllegalArgumentException("policy file not found: " + chosen);
    }
    if (file.isEmpty() && !Files.isRegularFile(chosen)) {
      chosen = RepositoryCheck.repositoryRoot(target).resolve(PolicyFile.DEFAULT_NAME);
    }
    if (!Files.isRegularFile(chosen)) {
      return new CheckPolicy(Policy.defaults(), List.of());
    }
    Parsed<SourceFile> loaded = Sources.load(chosen, chosen.toString(), Sources.DEFAULT_MAX_BYTES);
    List<Finding> findings = new ArrayList<>(loaded.findings());
    if (loaded.value().isEmpty()) {
      return new CheckPolicy(Policy.defaults(), findings);
    }
    Path baseDir = chosen.toAbsolutePath().getParent();
    Parsed<Policy> parsed = PolicyFile.read(loaded.value().get(),
        RepositoryCheck.of(formats, Policy.defaults()).rules(), baseDir);
    findings.addAll(parsed.findings());
    return new CheckPolicy(parsed.value().orElse(Policy.defaults()), findings);
  }

  /** The same policy with another rule profile (which replaces the policy file's). */
  public CheckPolicy withProfile(Profile profile) {
    return new CheckPolicy(policy.withProfile(profile), findings);
  }

  /**
   * The same policy accepting the findings whose fingerprints a baseline file lists.
   *
   * @throws IllegalArgumentException when the file does not exist
   * @throws IOException when it cannot be read
   */
  public CheckPolicy withBaseline(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("baseline file not found: " + file);
    }
    return new CheckPolicy(policy.withBaseline(Baseline.read(file)).withBaselineOrigin(file.toString()), findings);
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }

  /** A check's result with the findings about the policy file added. */
  public CheckResult addFindingsTo(CheckResult result) {
    if (findings.isEmpty()) {
      return result;
    }
    List<Finding> all = new ArrayList<>(result.findingList());
    all.addAll(findings);
    return result.withFindings(all);
  }

}
