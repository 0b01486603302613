package dev.devopskit.kit.internal;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.environment.Environment;
import dev.devopskit.core.environment.Environments;
import dev.devopskit.core.environment.EnvironmentsFormat;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.project.HealthCheck;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.kit.Descriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads {@code devops.yaml} with positions; unknown keys and wrong types are findings. */
public final class DescriptorReader {
  public static final RuleInfo SYNTAX = RuleInfo.of("kit/descriptor", Profile.RECOMMENDED, Severity.ERROR,
      "The project descriptor devops.yaml has the documented keys and types");
  public static final RuleInfo UNKNOWN_KEY = RuleInfo.of("kit/unknown-key", Profile.RECOMMENDED, Severity.ERROR,
      "The project descriptor devops.yaml has no unknown keys");

  private static final Set<String> TOP = Set.of("name", "toolchain", "services", "health", "registry", "deploy",
      "trunk", "environments", "flags", "slo", "backup");
  private static final Set<String> TOOLCHAIN = Set.of("packageManager", "version", "commands");
  private static final Set<String> COMMANDS = Set.of("lint", "typeCheck", "unitTest", "integrationTest", "build");
  private static final Set<String> SERVICE = Set.of("kind", "version", "name", "port", "database", "user");
  private static final Set<String> HEALTH = Set.of("path", "port");
  private static final Set<String> SLO = Set.of("availability", "latency", "latencyThresholdSeconds");
  private static final Set<String> BACKUP = Set.of("destination", "retentionDays");

  private DescriptorReader() {}

  /** Reads a descriptor; never throws. */
  public static Parsed<Descriptor> read(SourceFile source) {
    Parsed<YamlDocument> yaml = Yaml.read(source);
    YamlDocument document = yaml.value().orElseThrow();
    YamlReadContext read = new YamlReadContext(source, SYNTAX.id(), UNKNOWN_KEY.id());
    Descriptor.Builder builder = Descriptor.builder();
    Optional<YamlMapping> top = read.mapping(document.root().orElse(null), DocPath.root());
    top.ifPresent(root -> descriptor(root, read, builder));
    List<Finding> findings = new ArrayList<>(yaml.findings());
    findings.addAll(read.findings());
    Descriptor descriptor;
    try {
      descriptor = builder.build();
    } catch (IllegalArgumentException e) {
      read.error(document.root().orElse(null), DocPath.root(), e.getMessage(), null);
      findings.add(read.findings().get(read.findings().size() - 1));
      descriptor = Descriptor.empty();
    }
    return Parsed.of(descriptor, source, document, findings);
  }

  private static void descriptor(YamlMapping root, YamlReadContext read, Descriptor.Builder builder) {
    read.unknownKeys(root, DocPath.root(), TOP);
    node(root, "name").flatMap(n -> read.string(n, DocPath.of("name"))).ifPresent(builder::name);
    node(root, "toolchain").flatMap(n -> read.mapping(n, DocPath.of("toolchain"))).ifPresent(t -> toolchain(t, read,
        builder));
    node(root, "services").ifPresent(n -> services(n, read, builder));
    node(root, "health").flatMap(n -> read.mapping(n, DocPath.of("health"))).ifPresent(h -> {
      read.unknownKeys(h, DocPath.of("health"), HEALTH);
      HealthCheck.Builder health = HealthCheck.builder();
      node(h, "path").flatMap(n -> read.string(n, DocPath.of("health", "path"))).ifPresent(health::path);
      node(h, "port").flatMap(n -> read.integer(n, DocPath.of("health", "port")))
          .ifPresent(p -> health.port(p.intValue()));
      attempt(read, h, DocPath.of("health"), () -> builder.health(health.build()));
    });
    node(root, "registry").flatMap(n -> read.string(n, DocPath.of("registry"))).ifPresent(builder::registry);
    node(root, "deploy").flatMap(n -> read.mapping(n, DocPath.of("deploy"))).ifPresent(d -> {
      read.unknownKeys(d, DocPath.of("deploy"), Set.of("command"));
      node(d, "command").flatMap(n -> read.string(n, DocPath.of("deploy", "command")))
          .ifPresent(builder::deployCommand);
    });
    node(root, "trunk").flatMap(n -> read.string(n, DocPath.of("trunk"))).ifPresent(builder::trunk);
    node(root, "environments").ifPresent(n -> environments(n, read, builder));
    node(root, "flags").flatMap(n -> read.string(n, DocPath.of("flags"))).ifPresent(builder::flagFile);
    node(root, "slo").flatMap(n -> read.mapping(n, DocPath.of("slo"))).ifPresent(s -> {
      read.unknownKeys(s, DocPath.of("slo"), SLO);
      number(s, "availability", DocPath.of("slo", "availability"), read).ifPresent(builder::availability);
      number(s, "latency", DocPath.of("slo", "latency"), read).ifPresent(builder::latency);
      number(s, "latencyThresholdSeconds", DocPath.of("slo", "latencyThresholdSeconds"), read)
          .ifPresent(builder::latencyThresholdSeconds);
    });
    node(root, "backup").flatMap(n -> read.mapping(n, DocPath.of("backup"))).ifPresent(b -> {
      read.unknownKeys(b, DocPath.of("backup"), BACKUP);
      node(b, "destination").flatMap(n -> read.string(n, DocPath.of("backup", "destination")))
          .ifPresent(builder::backupDestination);
      node(b, "retentionDays").flatMap(n -> read.integer(n, DocPath.of("backup", "retentionDays")))
          .ifPresent(d -> builder.backupRetentionDays(d.intValue()));
    });
  }

  private static void toolchain(YamlMapping toolchain, YamlReadContext read, Descriptor.Builder builder) {
    DocPath path = DocPath.of("toolchain");
    read.unknownKeys(toolchain, path, TOOLCHAIN);
    node(toolchain, "packageManager").flatMap(n -> read.string(n, path.key("packageManager"))).ifPresent(pm -> {
      try {
        builder.packageManager(Toolchain.PackageManager.valueOf(pm.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        read.error(toolchain.get("packageManager").orElse(null), path.key("packageManager"),
            "unknown package manager '" + pm + "'", "use npm, pnpm, yarn, maven or gradle");
      }
    });
    node(toolchain, "version").flatMap(n -> read.string(n, path.key("version"))).ifPresent(builder::version);
    node(toolchain, "commands").flatMap(n -> read.mapping(n, path.key("commands"))).ifPresent(c -> {
      read.unknownKeys(c, path.key("commands"), COMMANDS);
      Toolchain.Commands.Builder commands = Toolchain.Commands.builder();
      node(c, "lint").flatMap(n -> read.string(n, path.key("commands").key("lint"))).ifPresent(commands::lint);
      node(c, "typeCheck").flatMap(n -> read.string(n, path.key("commands").key("typeCheck")))
          .ifPresent(commands::typeCheck);
      node(c, "unitTest").flatMap(n -> read.string(n, path.key("commands").key("unitTest")))
          .ifPresent(commands::unitTest);
      node(c, "integrationTest").flatMap(n -> read.string(n, path.key("commands").key("integrationTest")))
          .ifPresent(commands::integrationTest);
      node(c, "build").flatMap(n -> read.string(n, path.key("commands").key("build"))).ifPresent(commands::build);
      builder.commands(commands.build());
    });
  }

  private static void services(YamlNode node, YamlReadContext read, Descriptor.Builder builder) {
    if (!(node instanceof YamlSequence)) {
      read.error(node, DocPath.of("services"), "'services' is a list of services", null);
      return;
    }
    List<YamlNode> items = ((YamlSequence) node).items();
    for (int i = 0; i < items.size(); i++) {
      DocPath path = DocPath.of("services").index(i);
      read.mapping(items.get(i), path).ifPresent(s -> {
        read.unknownKeys(s, path, SERVICE);
        Optional<String> kind = node(s, "kind").flatMap(n -> read.string(n, path.key("kind")));
        Optional<String> version = node(s, "version").flatMap(n -> read.string(n, path.key("version")));
        if (kind.isEmpty() || version.isEmpty()) {
          read.error(s, path, "a service needs 'kind' and 'version'", "for example {kind: postgresql, version: \"16\"}");
          return;
        }
        BackingService.Builder service = BackingService.builder().version(version.get());
        try {
          service.kind(BackingService.Kind.valueOf(kind.get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          read.error(s.get("kind").orElse(null), path.key("kind"), "unknown service kind '" + kind.get() + "'",
              "use postgresql, mysql or redis");
          return;
        }
        node(s, "name").flatMap(n -> read.string(n, path.key("name"))).ifPresent(service::name);
        node(s, "port").flatMap(n -> read.integer(n, path.key("port"))).ifPresent(p -> service.port(p.intValue()));
        node(s, "database").flatMap(n -> read.string(n, path.key("database"))).ifPresent(service::database);
        node(s, "user").flatMap(n -> read.string(n, path.key("user"))).ifPresent(service::user);
        attempt(read, s, path, () -> builder.addServices(service.build()));
      });
    }
  }

  private static void environments(YamlNode node, YamlReadContext read, Descriptor.Builder builder) {
    if (!(node instanceof YamlSequence)) {
      read.error(node, DocPath.of("environments"), "'environments' is a list of environments", null);
      return;
    }
    List<Environment> environments = new ArrayList<>();
    List<YamlNode> items = ((YamlSequence) node).items();
    for (int i = 0; i < items.size(); i++) {
      DocPath path = DocPath.of("environments").index(i);
      read.mapping(items.get(i), path).flatMap(m -> EnvironmentsFormat.readEnvironment(m, path, read))
          .ifPresent(environments::add);
    }
    attempt(read, node, DocPath.of("environments"),
        () -> builder.environments(Environments.builder().environments(environments).build()));
  }

  private static Optional<Double> number(YamlMapping mapping, String key, DocPath path, YamlReadContext read) {
    return node(mapping, key).flatMap(n -> read.string(n, path)).flatMap(text -> {
      try {
        return Optional.of(Double.parseDouble(text));
      } catch (NumberFormatException e) {
        read.error(mapping.get(key).orElse(null), path, "'" + path + "' must be a number, not '" + text + "'", null);
        return Optional.empty();
      }
    });
  }

  private static void attempt(YamlReadContext read, YamlNode at, DocPath path, Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      read.error(at, path, e.getMessage(), null);
    }
  }

  private static Optional<YamlNode> node(YamlMapping mapping, String key) {
    return mapping.get(key).filter(n -> !n.isNull());
  }
}
