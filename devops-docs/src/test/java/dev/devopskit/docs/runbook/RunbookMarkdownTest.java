package dev.devopskit.docs.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docs.RunbookFormat;
import dev.devopskit.docs.preset.Deployment;
import dev.devopskit.docs.preset.IncidentProcess;
import dev.devopskit.docs.preset.PostgresDatabase;
import dev.devopskit.docs.preset.RunbookPresets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookMarkdownTest {
  private static final LocalDate REVIEWED = LocalDate.of(2024, 5, 1);
  private static final List<EscalationContact> ESCALATION = List.of(
      EscalationContact.of("Database on-call", "PagerDuty service `db`", "15 minutes"),
      EscalationContact.of("Platform team lead", "#platform, then phone", "1 hour"));
  private static final PostgresDatabase DB = PostgresDatabase.builder().service("db").database("orders").user("app")
      .applicationService("api").build();
  private final RunbookFormat format = new RunbookFormat();

  private Parsed<Runbook> roundTrip(String name, Runbook runbook) {
    String text = format.write(runbook);
    Shared.oracleOutput("markdown", name + ".md", text);
    Parsed<Runbook> parsed = format.read(SourceFile.of(name + ".md", text));
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value()).contains(runbook);
    assertThat(format.write(parsed.value().orElseThrow())).isEqualTo(text);
    return parsed;
  }

  private static List<Finding> findings(Parsed<Runbook> parsed) {
    Policy policy = Policy.builder().clock(Clock.fixed(Instant.parse("2024-05-10T00:00:00Z"), ZoneOffset.UTC)).build();
    CheckResult result = policy.check(parsed, new RunbookFormat());
    return List.copyOf(result.findings());
  }

  @Test
  void should_write_the_backup_preset_with_pg_dump_and_read_it_back() {
    Parsed<Runbook> parsed = roundTrip("runbook-database-backup",
        RunbookPresets.databaseBackup(DB, "@platform-team", REVIEWED, ESCALATION));
    assertThat(parsed.source().text()).contains("docker compose exec -T db \\\n  pg_dump -Fc -U app -d orders \\\n  > backups/");
    assertThat(findings(parsed)).isEmpty();
  }

  @Test
  void should_write_the_restore_preset_through_a_scratch_database() {
    Parsed<Runbook> parsed = roundTrip("runbook-database-restore",
        RunbookPresets.databaseRestore(DB, "@platform-team", REVIEWED, ESCALATION));
    String text = parsed.source().text();
    assertThat(text.indexOf("createdb -U app orders_restore_check"))
        .isLessThan(text.indexOf("pg_restore -U app -d orders --clean"));
    assertThat(parsed.value().orElseThrow().rollback()).isNotEmpty();
    assertThat(findings(parsed)).isEmpty();
    int line = parsed.sourceMap().exact(DocPath.parse("steps[2].command")).orElseThrow().line();
    assertThat(parsed.source().line(line)).isEqualTo("```bash");
  }

  @Test
  void should_write_the_rollback_preset_re_promoting_the_previous_image() {
    Deployment api = Deployment.builder().service("api").image("ghcr.io/acme/api")
        .deployCommand("TAG=$TAG docker compose up -d api").healthUrl("https://api.example.com/health").build();
    Parsed<Runbook> parsed = roundTrip("runbook-deployment-rollback",
        RunbookPresets.deploymentRollback(api, "@platform-team", REVIEWED, ESCALATION));
    assertThat(parsed.source().text()).contains("docker tag ghcr.io/acme/api:$TAG ghcr.io/acme/api:production");
    assertThat(findings(parsed)).isEmpty();
  }

  @Test
  void should_write_the_incident_response_preset() {
    IncidentProcess process = IncidentProcess.builder().paging("PagerDuty service `api`")
        .statusPage("https://status.example.com").build();
    Parsed<Runbook> parsed = roundTrip("runbook-incident-response",
        RunbookPresets.incidentResponse(process, "@sre", REVIEWED, ESCALATION));
    assertThat(parsed.source().text()).contains("devops postmortem <incident-name>");
    assertThat(findings(parsed)).isEmpty();
  }

  @Test
  void should_read_back_an_empty_runbook_equal() {
    roundTrip("runbook-empty", Runbook.builder().title("Rotate the TLS certificate").build());
  }
}
