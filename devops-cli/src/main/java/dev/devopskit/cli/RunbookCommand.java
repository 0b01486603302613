package dev.devopskit.cli;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.Generation;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docs.Docs;
import dev.devopskit.docs.markdown.Link;
import dev.devopskit.docs.preset.Deployment;
import dev.devopskit.docs.preset.IncidentProcess;
import dev.devopskit.docs.preset.PostgresDatabase;
import dev.devopskit.docs.preset.RunbookPresets;
import dev.devopskit.docs.runbook.EscalationContact;
import dev.devopskit.docs.runbook.Runbook;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.kit.DevOpsKit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code devops runbook TOPIC}: writes a runbook preset and updates the runbook index. */
@Command(name = "runbook", mixinStandardHelpOptions = true,
    description = {"Writes a runbook preset to docs/devops/runbooks/<topic>.md and links it from "
        + "docs/devops/runbook.md.",
        "Topics: database-backup, database-restore, deployment-rollback, incident-response. Without a topic, in a "
            + "repository devops init understands, it writes the runbooks init writes for the project: rollback and "
            + "incident response, backup and restore when it has a PostgreSQL database, and the index with a "
            + "section per alert."})
final class RunbookCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TOPIC",
      description = "database-backup, database-restore, deployment-rollback or incident-response (default: the "
          + "runbooks devops init writes for the detected project)")
  String topic;

  @Option(names = "--service", description = "Compose service of PostgreSQL (default: db), or the deployed "
      + "service for deployment-rollback (default: the detected project's)")
  String service;

  @Option(names = "--database", defaultValue = "app", description = "Database name (default: ${DEFAULT-VALUE})")
  String database;

  @Option(names = "--user", defaultValue = "postgres", description = "Database role (default: ${DEFAULT-VALUE})")
  String user;

  @Option(names = "--app-service", defaultValue = "app",
      description = "Compose service of the application (default: ${DEFAULT-VALUE})")
  String appService;

  @Option(names = "--image", description = "Image without tag, for deployment-rollback: ghcr.io/acme/api")
  String image;

  @Option(names = "--deploy-command", description = "Command that deploys $TAG (default: TAG=$TAG docker compose "
      + "up -d <service>)")
  String deployCommand;

  @Option(names = "--health-url", defaultValue = "http://localhost:8080/health",
      description = "Health endpoint (default: ${DEFAULT-VALUE})")
  String healthUrl;

  @Option(names = "--status-page", defaultValue = "https://status.example.com",
      description = "Status page, for incident-response")
  String statusPage;

  @Option(names = "--paging", defaultValue = "the on-call pager", description = "How to page on-call")
  String paging;

  @Option(names = "--owner", defaultValue = "@platform-team", description = "Owner of the runbook")
  String owner;

  @Option(names = {"-C", "--dir", "--root"}, paramLabel = "DIR", defaultValue = ".",
      description = "The repository root (default: ${DEFAULT-VALUE})")
  Path root;

  @Override
  public Integer call() throws IOException {
    Assumptions assumptions = Assumptions.in(root, spec);
    if (topic == null && assumptions.blueprint().isPresent()) {
      return projectRunbooks(assumptions);
    }
    if (topic == null) {
      assumptions.require("runbook topic", "TOPIC (database-backup, database-restore, deployment-rollback or "
          + "incident-response)");
    }
    String path = write(topic);
    Docs.runbookIndex(index()).write(root);
    spec.commandLine().getOut().println("Wrote " + path + " and " + Docs.RUNBOOK_INDEX_PATH);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * The runbooks {@code devops init} writes for the detected project: its topics, and the index with a section per
   * alert that the alerts link to. Files edited by hand are kept and shown as diffs.
   */
  private int projectRunbooks(Assumptions assumptions) throws IOException {
    Blueprint blueprint = assumptions.blueprint().orElseThrow();
    List<GeneratedFile> files = DevOpsKit.files(blueprint).stream()
        .filter(f -> f.path().equals(Docs.RUNBOOK_INDEX_PATH) || f.path().startsWith(Docs.RUNBOOKS_DIRECTORY + "/"))
        .toList();
    assumptions.note("the runbooks devops init writes for the project (" + files.size() + " files)", "the detected "
        + "project" + (blueprint.database().isPresent() ? ", which has a PostgreSQL database" : "")
        + "; name a TOPIC to write one preset with options");
    Generation.Plan plan = Generation.in(root).apply(files, false);
    PrintWriter out = spec.commandLine().getOut();
    out.print(plan.describe(false));
    plan.conflicts().forEach(step -> step.diff().ifPresent(out::print));
    out.flush();
    return plan.conflicts().isEmpty() ? 0 : 1;
  }

  private String write(String topic) throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<EscalationContact> escalation = List.of(EscalationContact.of("On-call engineer", paging, "15 minutes"),
        EscalationContact.of("Team lead", owner, "1 hour"));
    Runbook runbook;
    try {
      runbook = switch (topic) {
        case "database-backup" -> RunbookPresets.databaseBackup(database(), owner, today, escalation);
        case "database-restore" -> RunbookPresets.databaseRestore(database(), owner, today, escalation);
        case "deployment-rollback" -> rollback(today, escalation);
        case "incident-response" -> RunbookPresets.incidentResponse(IncidentProcess.builder().paging(paging)
            .statusPage(statusPage).build(), owner, today, escalation);
        default -> throw new UsageException("unknown topic '" + topic + "'; use database-backup, database-restore, "
            + "deployment-rollback or incident-response");
      };
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    String path = Docs.runbookPath(topic);
    GeneratedFile.of(path, Docs.text(runbook)).write(root);
    return path;
  }

  private Runbook rollback(LocalDate today, List<EscalationContact> escalation) {
    String deployed = service != null ? service : Assumptions.in(root, spec).service(null, "--service");
    return RunbookPresets.deploymentRollback(Deployment.builder().service(deployed)
        .image(image == null ? "registry.example.com/" + deployed : image)
        .deployCommand(deployCommand == null ? "TAG=$TAG docker compose up -d " + deployed : deployCommand)
        .healthUrl(healthUrl).build(), owner, today, escalation);
  }

  private PostgresDatabase database() {
    return PostgresDatabase.builder().service(service == null ? "db" : service).database(database).user(user)
        .applicationService(appService).build();
  }

  private List<Link> index() throws IOException {
    List<Link> links = new ArrayList<>();
    Path folder = root.resolve(Docs.RUNBOOKS_DIRECTORY);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String name = file.getFileName().toString();
        Parsed<Runbook> parsed = Docs.readRunbook(SourceFile.of(name, Files.readString(file, StandardCharsets.UTF_8)));
        String title = parsed.value().map(Runbook::title).orElse(name);
        links.add(Link.to(title, "runbooks/" + name));
      }
    }
    return links;
  }
}
