package dev.devopskit.cli;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.report.ReportFormat;
import dev.devopskit.core.report.Reports;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.compose.ComposeFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code devops config FILE}: reads one file and prints it in canonical form. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = {"Reads one file and prints it in canonical form (like 'docker compose config').",
        "Findings about the file go to stderr; exit code 1 when it has errors."})
final class ConfigCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to read")
  Path file;

  @Option(names = "--kind", paramLabel = "KIND", completionCandidates = Kinds.class,
      description = "The format, when neither the path nor the content tells: ${COMPLETION-CANDIDATES}; 'yaml' "
          + "prints any YAML file in canonical form")
  String kind;

  @Option(names = "--convert-v1",
      description = "Read a version 1 compose file (services at the top level) as if its services were under "
          + "'services:', and print it so; without it such a file is printed as it is, with one error")
  boolean convertVersion1;

  private static final String YAML_KIND = "yaml";

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such file: " + file);
    }
    Formats formats = Formats.installed();
    String path = file.toString().replace('\\', '/');
    if (YAML_KIND.equals(kind)) {
      return printYaml(path);
    }
    if (kind != null) {
      return print(Kinds.byName(formats, kind, java.util.List.of(YAML_KIND)), path);
    }
    // As devops check routes a file named on the command line: by path, else by content.
    Optional<Format<?>> format = PathCheck.of(formats, Policy.defaults()).formatOfNamedFile(file);
    boolean fallback = format.isEmpty() || format.get().priority() < 0;
    if (fallback && isYaml(path)) {
      return printYaml(path);
    }
    if (format.isEmpty()) {
      throw new UsageException("no format claims " + file + "; use --kind with one of: "
          + String.join(", ", Kinds.names(formats)) + ", " + YAML_KIND);
    }
    return print(format.get(), path);
  }

  private static boolean isYaml(String path) {
    return path.endsWith(".yml") || path.endsWith(".yaml");
  }

  /** A YAML file that no format models: its tree in the house style (aliases and merge keys resolved). */
  private int printYaml(String path) {
    Parsed<SourceFile> loaded = Sources.load(file, path, Sources.DEFAULT_MAX_BYTES);
    java.util.List<Finding> findings = new java.util.ArrayList<>(loaded.findings());
    Optional<YamlNode> root = Optional.empty();
    if (loaded.value().isPresent()) {
      Parsed<YamlDocument> parsed = Yaml.read(loaded.value().get());
      findings.addAll(parsed.findings());
      root = parsed.value().flatMap(YamlDocument::root);
    }
    report(findings);
    root.ifPresent(node -> spec.commandLine().getOut().print(Yaml.write(node)));
    spec.commandLine().getOut().flush();
    boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return errors || loaded.value().isEmpty() ? 1 : 0;
  }

  private void report(java.util.List<Finding> findings) {
    if (!findings.isEmpty()) {
      CheckResult result = CheckResult.builder().addAllFindings(findings).filesChecked(1).build();
      spec.commandLine().getErr().print(Reports.render(result, ReportFormat.TEXT, false));
      spec.commandLine().getErr().flush();
    }
  }

  private <T> int print(Format<T> format, String path) {
    Parsed<SourceFile> loaded = Sources.load(file, path, Sources.DEFAULT_MAX_BYTES);
    Parsed<T> parsed = loaded.value().map(source -> read(format, source))
        .orElseGet(() -> Parsed.failed(loaded.source(), loaded.findings()));
    parsed = parsed.withFindings(loaded.value().isPresent() ? loaded.findings() : java.util.List.of());
    report(parsed.findings());
    parsed.value().ifPresent(value -> spec.commandLine().getOut().print(format.write(value)));
    spec.commandLine().getOut().flush();
    boolean errors = parsed.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return errors || parsed.value().isEmpty() ? 1 : 0;
  }

  @SuppressWarnings("unchecked")
  private <T> Parsed<T> read(Format<T> format, SourceFile source) {
    if (convertVersion1 && format.valueType() == ComposeFile.class) {
      return (Parsed<T>) Compose.readConvertingVersion1(source);
    }
    return format.read(source);
  }
}
