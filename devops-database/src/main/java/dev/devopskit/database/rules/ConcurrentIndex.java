package dev.devopskit.database.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.migration.MigrationKind;
import dev.devopskit.database.sql.SqlStatement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code migrations/concurrent-index}: on PostgreSQL, {@code CREATE INDEX} without {@code CONCURRENTLY} locks the
 * table against writes until the index is built; on a table that already holds data that is an outage.
 */
public final class ConcurrentIndex implements Rule<MigrationFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("migrations/concurrent-index")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING)
      .summary("PostgreSQL indexes on existing tables are built CONCURRENTLY")
      .addOptions(new RuleOption("dialect",
          "auto (PostgreSQL unless the path or the text says MySQL, H2, SQLite, ClickHouse, SQL Server, Oracle or"
              + " CockroachDB), postgresql (always check) or any other name (never check)", "auto"))
      .build();

  private static final List<String> OTHER_DATABASES = List.of("mysql", "mariadb", "h2", "sqlite", "clickhouse",
      "mssql", "sqlserver", "oracle", "cockroach", "tidb");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(MigrationFile file, RuleContext context) {
    if (file.kind() == MigrationKind.DOWN || !postgres(file, context.stringOption("dialect"))) {
      return;
    }
    Set<String> created = new TreeSet<>();
    for (int i = 0; i < file.statements().size(); i++) {
      SqlStatement statement = file.statements().get(i);
      Statements.createdTable(statement).ifPresent(created::add);
      Optional<Statements.Create> create = Statements.create(statement);
      if (create.isEmpty() || !create.get().object.equals("INDEX") || create.get().rest.contains("CONCURRENTLY")) {
        continue;
      }
      Optional<String> table = Statements.indexTable(statement);
      if (table.isPresent() && !created.contains(table.get())) {
        Statements.report(context, file, i, "CREATE INDEX on existing table " + table.get()
                + " without CONCURRENTLY blocks writes to the table until the index is built",
            "write CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction");
      }
    }
  }

  static boolean postgres(MigrationFile file, String dialect) {
    String chosen = dialect.strip().toLowerCase(Locale.ROOT);
    if (chosen.equals("postgresql") || chosen.equals("postgres")) {
      return true;
    }
    if (!chosen.equals("auto")) {
      return false;
    }
    String path = file.path().toLowerCase(Locale.ROOT);
    if (OTHER_DATABASES.stream().anyMatch(path::contains)) {
      return false;
    }
    String text = file.text();
    return !text.contains("`") && !text.toUpperCase(Locale.ROOT).contains("ENGINE=")
        && !text.toUpperCase(Locale.ROOT).contains("AUTO_INCREMENT");
  }
}
