package dev.devopskit.cli;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.policy.CheckResult;
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
import java.util.stream.Collectors;
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

  @Option(names = "--kind", paramLabel = "NAME",
      description = "The format, when the path does not tell; 'yaml' prints any YAML file in canonical form")
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
    if (YAML_KIND.equals(kind) || (kind == null && isYaml(path) && formats.forPath(path)
        .or(() -> formats.forPath(file.getFileName().toString())).map(Format::name)
        .filter(name -> !name.equals("plain-text")).isEmpty())) {
      return printYaml(path);
    }
    Optional<Format<?>> format = kind != null ? formats.byName(kind) : formats.forPath(path)
        .or(() -> formats.forPath(file.getFileName().toString()));
    if (format.isEmpty() && kind == null) {
      Parsed<SourceFile> head = Sources.load(file, path, Sources.DEFAULT_MAX_BYTES);
      format = formats.forFile(path, head.value().map(SourceFile::text).orElse(""));
    }
    if (format.isEmpty()) {
      String names = formats.all().stream().map(Format::name).collect(Collectors.joining(", ")) + ", " + YAML_KIND;
      throw new UsageException((kind == null ? "no format claims " + file : "unknown kind '" + kind + "'")
          + "; use --kind with one of: " + names);
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
