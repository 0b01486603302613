package dev.devopskit.cli;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docs.Docs;
import dev.devopskit.docs.guide.Component;
import dev.devopskit.docs.guide.InfrastructureGuide;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code devops infra COMPONENT}: adds or updates a component in the infrastructure document. */
@Command(name = "infra", mixinStandardHelpOptions = true,
    description = "Adds or updates a component in docs/devops/infrastructure.md (creating it when absent).")
final class InfraCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "COMPONENT",
      description = "The component's name, like api or db (default: the detected application)")
  String component;

  @Option(names = "--kind", description = "What it is: application, PostgreSQL 16, registry (default for the "
      + "detected application: its language)")
  String kind;

  @Option(names = "--description", defaultValue = "", description = "What it does and where it runs")
  String description;

  @Option(names = {"-C", "--dir", "--root"}, paramLabel = "DIR", defaultValue = ".",
      description = "The repository root (default: ${DEFAULT-VALUE})")
  Path root;

  @Override
  public Integer call() throws IOException {
    Path file = root.resolve(Docs.INFRASTRUCTURE_PATH);
    InfrastructureGuide guide = InfrastructureGuide.builder().build();
    if (Files.isRegularFile(file)) {
      Parsed<InfrastructureGuide> parsed = Docs.readInfrastructure(SourceFile.of(Docs.INFRASTRUCTURE_PATH,
          Files.readString(file, StandardCharsets.UTF_8)));
      if (parsed.value().isEmpty()) {
        throw new UsageException(Docs.INFRASTRUCTURE_PATH + " cannot be read: " + parsed.findings());
      }
      guide = parsed.value().get();
    }
    if (component == null) {
      Assumptions assumptions = Assumptions.in(root, spec);
      component = assumptions.name("component", null, "COMPONENT");
      if (kind == null) {
        Toolchain toolchain = assumptions.blueprint().orElseThrow().toolchain();
        kind = assumptions.assumed("--kind '" + application(toolchain) + "'", "the detected toolchain",
            application(toolchain));
      }
    }
    Component entry;
    try {
      entry = Component.builder().name(component).kind(kind == null ? "" : kind).description(description).build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    GeneratedFile.of(Docs.INFRASTRUCTURE_PATH, Docs.text(guide.withComponent(entry))).write(root);
    spec.commandLine().getOut().println("Updated " + Docs.INFRASTRUCTURE_PATH + " (component " + component + ")");
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static String application(Toolchain toolchain) {
    String language = toolchain.language() == Toolchain.Language.JAVA ? "Java" : "Node.js";
    return language + " application (" + toolchain.packageManager().name().toLowerCase(Locale.ROOT) + ")";
  }
}
