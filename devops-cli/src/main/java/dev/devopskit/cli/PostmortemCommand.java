package dev.devopskit.cli;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.docs.Docs;
import dev.devopskit.docs.postmortem.IncidentSeverity;
import dev.devopskit.docs.postmortem.Postmortem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code devops postmortem INCIDENT}: creates a postmortem from the template. */
@Command(name = "postmortem", mixinStandardHelpOptions = true,
    description = {"Creates docs/devops/postmortems/<date>-<incident>.md from the postmortem template.",
        "Check it later with 'devops check docs/devops/postmortems'."})
final class PostmortemCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "INCIDENT",
      description = "The incident's short name, like checkout-outage (default: <service>-incident)")
  String incident;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of the incident (default: today, UTC)")
  String date;

  @Option(names = "--severity", paramLabel = "P1|P2|P3", defaultValue = "P2",
      description = "The incident's severity (default: ${DEFAULT-VALUE})")
  String severity;

  @Option(names = {"-C", "--dir", "--root"}, paramLabel = "DIR", defaultValue = ".",
      description = "The repository root (default: ${DEFAULT-VALUE})")
  Path root;

  @Option(names = "--force", description = "Overwrite an existing postmortem")
  boolean force;

  @Override
  public Integer call() throws IOException {
    LocalDate day;
    try {
      day = date == null ? LocalDate.now(java.time.ZoneOffset.UTC) : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new UsageException("--date must be YYYY-MM-DD, got '" + date + "'");
    }
    IncidentSeverity level = IncidentSeverity.parse(severity)
        .orElseThrow(() -> new UsageException("--severity must be P1, P2 or P3, got '" + severity + "'"));
    if (incident == null) {
      Assumptions assumptions = Assumptions.in(root, spec);
      String name = assumptions.blueprint().map(b -> b.name() + "-incident").orElse("incident");
      incident = assumptions.assumed("incident " + name, "give INCIDENT to name it; rename the file later", name);
    }
    if (date == null) {
      Assumptions.in(root, spec).note("--date " + LocalDate.now(java.time.ZoneOffset.UTC), "today, UTC");
    }
    String slug = Docs.slug(incident);
    String path = Docs.postmortemPath(day, slug);
    if (!force && Files.exists(root.resolve(path))) {
      throw new UsageException(path + " exists; use --force to overwrite it");
    }
    GeneratedFile.of(path, Docs.text(Postmortem.template(slug, day, level))).write(root);
    spec.commandLine().getOut().println("Created " + path);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
