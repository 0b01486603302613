package dev.devopskit.test;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.project.ProjectFacts;
import dev.devopskit.core.report.Reports;
import dev.devopskit.database.Migrations;
import dev.devopskit.database.harness.HarnessReport;
import dev.devopskit.database.harness.MigrationHarness;
import dev.devopskit.database.migration.MigrationSet;
import dev.devopskit.database.rules.Idempotent;
import dev.devopskit.database.rules.MigrationRules;
import dev.devopskit.database.rules.Reversible;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;

/**
 * A test's own empty PostgreSQL database, from {@link MigrationExtension}, and the project's migrations: the folder
 * devops-kit detects from the working directory ({@code src/main/resources/db/migration}, {@code db/migration},
 * {@code prisma/migrations}...), or one given.
 *
 * <pre>{@code
 * @Test
 * void should_apply_the_migrations(MigrationDatabase database) throws SQLException {
 *   database.apply();
 *   try (ResultSet rows = database.connection().createStatement().executeQuery("SELECT count(*) FROM orders")) {...}
 *   database.assertIdempotent();
 *   database.assertReversible();
 * }
 * }</pre>
 */
public final class MigrationDatabase implements AutoCloseable {
  private final MigrationHarness harness;
  private final Path root;
  private Connection connection;

  MigrationDatabase(MigrationHarness harness, Path root) {
    this.harness = harness;
    this.root = root;
  }

  /**
   * The connection to this test's database (created on first use, closed after the test).
   *
   * @throws UncheckedIOException when the server cannot create the database
   */
  public Connection connection() {
    if (connection == null) {
      try {
        connection = harness.freshDatabase();
      } catch (SQLException e) {
        throw new UncheckedIOException("the throwaway PostgreSQL did not create a database: " + e.getMessage(),
            new IOException(e));
      }
    }
    return connection;
  }

  /** The migration folder devops-kit detects under the working directory, relative to it. */
  public Path folder() {
    return ProjectFacts.detect(root).migrationsFolder().map(root::resolve).orElseThrow(() -> new AssertionError(
        "no migration folder under " + root.toAbsolutePath() + ": devops-kit looks for src/main/resources/db/migration,"
            + " db/migration, migrations/flyway, prisma/migrations and Liquibase changelogs; pass the folder to"
            + " apply(Path)"));
  }

  /** Applies the detected folder's migrations to this database in order; returns how many were applied. */
  public int apply() {
    return apply(folder());
  }

  /**
   * Applies a folder's migrations to this database in order, as the migration tool would; a migration that fails
   * fails the test with its file, line and PostgreSQL's message.
   */
  public int apply(Path folder) {
    HarnessReport report = harness.apply(read(folder), connection());
    failOn(report.findings(), Set.of(MigrationRules.APPLIES.id()), "apply on a fresh PostgreSQL database");
    return report.applied();
  }

  /** Asserts that the detected folder's migrations apply, and apply a second time without error or change. */
  public void assertIdempotent() {
    assertIdempotent(folder());
  }

  /** Asserts that a folder's migrations apply, and apply a second time without error or change. */
  public void assertIdempotent(Path folder) {
    failOn(harness.verify(read(folder)).findings(), Set.of(MigrationRules.APPLIES.id(), Idempotent.INFO.id()),
        "be idempotent");
  }

  /** Asserts up, down, up for every migration of the detected folder that has a way back. */
  public void assertReversible() {
    assertReversible(folder());
  }

  /**
   * Asserts up, down, up for every migration of a folder that has a down script (or a Liquibase rollback): the
   * schema after the down script is the schema before the migration.
   */
  public void assertReversible(Path folder) {
    failOn(harness.verify(read(folder)).findings(), Set.of(MigrationRules.APPLIES.id(), Reversible.INFO.id()),
        "be reversible (up, down, up)");
  }

  private static MigrationSet read(Path folder) {
    try {
      return Migrations.readFolder(folder);
    } catch (IOException e) {
      throw new AssertionError("the migration folder " + folder + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static void failOn(List<Finding> findings, Set<String> rules, String what) {
    List<Finding> failed = findings.stream().filter(f -> rules.contains(f.ruleId())).collect(Collectors.toList());
    if (!failed.isEmpty()) {
      CheckResult result = CheckResult.builder().findings(failed).build();
      Assertions.fail(String.format("%nExpected the migrations to %s, but:%n%n%s", what,
          Reports.text(result, false)));
    }
  }

  /** Closes the connection to this test's database. */
  @Override
  public void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Override
  public String toString() {
    return "MigrationDatabase[" + root + "]";
  }
}
