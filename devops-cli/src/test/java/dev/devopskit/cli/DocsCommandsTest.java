package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsCommandsTest {
  @TempDir
  Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return CliRun.into(out, err, args);
  }

  @Test
  void should_create_a_postmortem_from_the_template() throws IOException {
    int code = run("postmortem", "Checkout outage", "--date", "2024-05-01", "--severity", "P1", "--root",
        root.toString());
    assertThat(code).isZero();
    Path file = root.resolve("docs/devops/postmortems/2024-05-01-checkout-outage.md");
    dev.devopskit.core.testing.Shared.oracleOutput("markdown", "cli-postmortem.md",
        Files.readString(file, StandardCharsets.UTF_8));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("---\ntype: postmortem\n")
        .contains("incident: checkout-outage").contains("## Action Items");
    assertThat(run("postmortem", "checkout-outage", "--date", "2024-05-01", "--root", root.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("exists; use --force");
  }

  @Test
  void should_find_the_empty_template_incomplete_when_checked() {
    run("postmortem", "db-failover", "--date", "2024-06-02", "--root", root.toString());
    // required-sections is a trunk rule: the default profile (recommended) does not run it
    int code = run("check", "--profile", "trunk", root.resolve("docs").toString());
    assertThat(out.toString()).contains("postmortem/required-sections");
    assertThat(code).isEqualTo(1);
  }

  @Test
  void should_print_a_hand_written_postmortem_in_canonical_form() throws IOException {
    Path file = root.resolve("docs/postmortems/outage.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntype: postmortem\nincident: outage\ndate: 2024-05-01\nseverity: P3\n---\n\n"
        + "# Timeline\n\n- **2024-05-01 10:00 UTC** - alert fired\n\n# Root cause\n\nA full disk.\n\n"
        + "# Impact\n\nNone.\n\n# Actions\n\n| Action | Owner | Due | Status |\n| - | - | - | - |\n"
        + "| Alert at 80% disk | @ops | 2024-05-10 | Open |\n", StandardCharsets.UTF_8);
    assertThat(run("config", file.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("---\ntype: postmortem\n").contains("## Timeline\n")
        .contains("| 2024-05-01 10:00 UTC | alert fired | |").contains("## Action Items\n");
  }

  @Test
  void should_list_and_explain_the_docs_rules() {
    assertThat(run("rules")).isZero();
    assertThat(out.toString()).contains("postmortem/blameless-language").contains("runbook/stale-review");
    assertThat(run("rules", "postmortem/blameless-language")).isZero();
    assertThat(out.toString()).contains("## Why it matters");
  }

  @Test
  void should_write_a_runbook_preset_and_the_index() throws IOException {
    int code = run("runbook", "database-backup", "--service", "db", "--database", "orders", "--user", "app",
        "--root", root.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readString(root.resolve("docs/devops/runbooks/database-backup.md"), StandardCharsets.UTF_8))
        .contains("pg_dump -Fc -U app -d orders");
    dev.devopskit.core.testing.Shared.oracleOutput("markdown", "cli-runbook.md",
        Files.readString(root.resolve("docs/devops/runbooks/database-backup.md"), StandardCharsets.UTF_8));
    dev.devopskit.core.testing.Shared.oracleOutput("markdown", "cli-runbook-index.md",
        Files.readString(root.resolve("docs/devops/runbook.md"), StandardCharsets.UTF_8));
    assertThat(Files.readString(root.resolve("docs/devops/runbook.md"), StandardCharsets.UTF_8))
        .contains("[Back up the orders database](runbooks/database-backup.md)");
    assertThat(run("runbook", "coffee", "--root", root.toString())).isEqualTo(2);
  }

  @Test
  void should_add_and_update_components_of_the_infrastructure_document() throws IOException {
    assertThat(run("infra", "api", "--kind", "application", "--root", root.toString())).isZero();
    assertThat(run("infra", "db", "--kind", "PostgreSQL 16", "--root", root.toString())).isZero();
    assertThat(run("infra", "api", "--kind", "Java service", "--root", root.toString())).isZero();
    String text = Files.readString(root.resolve("docs/devops/infrastructure.md"), StandardCharsets.UTF_8);
    dev.devopskit.core.testing.Shared.oracleOutput("markdown", "cli-infrastructure.md", text);
    assertThat(text).contains("| api | Java service |").contains("| db | PostgreSQL 16 |")
        .doesNotContain("| api | application |");
  }
}
