package dev.devopskit.examples;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docs.Docs;
import dev.devopskit.docs.markdown.Link;
import dev.devopskit.docs.postmortem.ActionItem;
import dev.devopskit.docs.postmortem.IncidentSeverity;
import dev.devopskit.docs.postmortem.Postmortem;
import dev.devopskit.docs.preset.PostgresDatabase;
import dev.devopskit.docs.preset.RunbookPresets;
import dev.devopskit.docs.runbook.EscalationContact;
import dev.devopskit.docs.runbook.Runbook;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a backup runbook and a postmortem for a project with a PostgreSQL compose service, then reads the
 * postmortem back and checks it, printing what the rules found (a blaming sentence, an action without an owner).
 *
 * <pre>
 * java -cp ... dev.devopskit.examples.WriteOperationsDocs target/example-repo
 * </pre>
 */
public final class WriteOperationsDocs {
  private WriteOperationsDocs() {}

  /** Writes the documents under the folder given as the first argument (default: the current folder). */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LocalDate today = LocalDate.now();
    List<EscalationContact> escalation = List.of(EscalationContact.of("Database on-call", "#db-oncall", "15 minutes"));

    Runbook backup = RunbookPresets.databaseBackup(PostgresDatabase.of("db", "orders", "app"), "@platform-team",
        today, escalation);
    GeneratedFile.of(Docs.runbookPath("database-backup"), Docs.text(backup)).write(root);
    Docs.runbookIndex(List.of(Link.to(backup.title(), "runbooks/database-backup.md"))).write(root);

    Postmortem pm = Postmortem.template("orders-db-full", today.minusDays(1), IncidentSeverity.P2)
        .withRootCause("The disk filled up. It was human error: nobody rotated the logs.")
        .withImpact("Orders could not be placed for 12 minutes.")
        .withActionItems(ActionItem.builder().action("Rotate PostgreSQL logs daily with logrotate").owner("")
            .due(today.plusWeeks(2).toString()).build());
    String path = Docs.postmortemPath(today.minusDays(1), "orders-db-full");
    GeneratedFile.of(path, Docs.text(pm)).write(root);

    Parsed<Postmortem> read = Docs.readPostmortem(SourceFile.of(path, Docs.text(pm)));
    CheckResult result = Policy.defaults().check(read, Docs.postmortems());
    for (Finding finding : result.findings()) {
      out.println(finding + finding.fix().map(f -> "\n    fix: " + f).orElse(""));
    }
  }
}
