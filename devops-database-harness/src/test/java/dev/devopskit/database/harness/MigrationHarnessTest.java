package dev.devopskit.database.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.database.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness on a real PostgreSQL, started once for the class. */
class MigrationHarnessTest {
  private static final Path FIXTURES = Path.of("src/test/resources/harness");
  private static MigrationHarness harness;

  @BeforeAll
  static void start() {
    harness = MigrationHarness.start();
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  private static List<String> hits(HarnessReport report) {
    return report.findings().stream().map(MigrationHarnessTest::hit).collect(Collectors.toList());
  }

  private static String hit(Finding finding) {
    String file = finding.location().file();
    return finding.ruleId() + " " + file.substring(file.lastIndexOf('/') + 1) + ":" + finding.location().line();
  }

  @Test
  void should_pass_clean_migrations() throws IOException {
    HarnessReport report = harness.verify(Migrations.readFolder(FIXTURES.resolve("clean")));
    assertThat(report.findings()).isEmpty();
    assertThat(report.applied()).isEqualTo(3);
    assertThat(report.reapplied()).isEqualTo(3);
    assertThat(report.reversed()).isEqualTo(2);
  }

  @Test
  void should_apply_a_folder_to_a_database_of_its_own() throws IOException, SQLException {
    try (Connection database = harness.freshDatabase();
        Connection other = harness.freshDatabase()) {
      HarnessReport report = harness.apply(Migrations.readFolder(FIXTURES.resolve("clean")), database);
      assertThat(report.findings()).isEmpty();
      assertThat(report.applied()).isEqualTo(3);
      assertThat(tables(database)).isNotEmpty();
      assertThat(tables(other)).isEmpty();
    }
  }

  private static List<String> tables(Connection database) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = database.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  @Test
  void should_catch_a_non_idempotent_and_a_non_reversible_migration() throws IOException {
    HarnessReport report = harness.verify(Migrations.readFolder(FIXTURES.resolve("broken")));
    assertThat(hits(report)).containsExactly("migrations/reversible U2__orders.sql:2",
        "migrations/idempotent V1__customers.sql:2");
    assertThat(report.findings().get(0).message()).contains("+relation public.orders kind r");
    assertThat(report.findings().get(1).message()).contains("already exists");
  }

  @Test
  void should_find_a_type_left_behind_by_a_down_script() throws IOException {
    HarnessReport report = harness.verify(Migrations.readFolder(FIXTURES.resolve("paired/migrations")));
    assertThat(hits(report)).containsExactly("migrations/reversible 0001_users.down.sql:1");
    assertThat(report.findings().get(0).message()).contains("+type public.mood e happy,sad");
  }

  @Test
  void should_run_liquibase_rollbacks() throws IOException {
    HarnessReport report = harness.verify(Migrations.readFolder(FIXTURES.resolve("liquibase")));
    assertThat(hits(report)).containsExactly("migrations/reversible changelog.sql:9");
    assertThat(report.applied()).isEqualTo(2);
  }

  @Test
  void should_apply_a_real_world_prisma_history_and_find_what_cannot_run_twice() throws IOException {
    Path umami = Shared.conformance().resolve("real-world/umami-software__umami/prisma/migrations");
    HarnessReport report = harness.verify(Migrations.readFolder(umami));
    assertThat(report.applied()).isEqualTo(19);
    assertThat(report.reapplied()).isEqualTo(19);
    assertThat(report.findings()).extracting(Finding::ruleId).containsOnly("migrations/idempotent");
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.message()).contains("already exists"));
  }

  @Test
  void should_report_a_migration_that_does_not_apply() throws IOException {
    HarnessReport report = harness.verify(Migrations.readFolder(Path.of("../devops-database/src/test/resources/migrations/idempotent")));
    assertThat(hits(report)).containsExactly("migrations/applies V1__unguarded.sql:8");
  }

  @Test
  void should_run_the_postgresql_major_version_devops_kit_declares() {
    assertThat(harness.majorVersion()).isEqualTo(MigrationHarness.DEFAULT_MAJOR_VERSION).isEqualTo(17);
  }

  @Test
  void should_read_the_major_version_a_compose_file_declares(@TempDir Path root) throws IOException {
    assertThat(MigrationHarness.declaredVersion(root)).isEmpty();
    Files.writeString(root.resolve("docker-compose.yml"), "services:\n  db:\n    image: postgres:16-alpine\n");

    assertThat(MigrationHarness.declaredVersion(root))
        .contains(new MigrationHarness.Declared(16, "docker-compose.yml"));
  }
}
