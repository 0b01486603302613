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
import dev.devopskit.database.migration.MigrationTool;
import dev.devopskit.database.sql.SqlStatement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code migrations/concurrent-index}: on PostgreSQL, {@code CREATE INDEX} without {@code CONCURRENTLY} locks the
 * table against writes until the index is built; on a table that already holds data that is an outage.
 *
 * <p>{@code CONCURRENTLY} cannot run inside a transaction, so the rule asks for it only where the migration tool
 * runs the statement outside one: a file that holds nothing else (golang-migrate, Prisma and Flyway then run it on
 * its own), a Liquibase changeset with {@code runInTransaction:false}, a file that turns the tool's transaction off
 * (goose, sql-migrate, dbmate, pop's {@code .autocommit.} files), or a SQL file that follows no tool. Files the
 * tool wraps in a transaction (a multi-statement migration, any other pop migration, a changeset by default) are
 * left alone.
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

  /** The markers by which goose, sql-migrate and dbmate run a file outside a transaction. */
  private static final Pattern NO_TRANSACTION = Pattern.compile(
      "(?im)^\\s*--\\s*(\\+goose\\s+NO\\s+TRANSACTION|\\+migrate\\s+Up\\s+notransaction"
          + "|migrate:up\\s+transaction:false)");
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
      if (table.isPresent() && !created.contains(table.get()) && !inTransaction(file, statement)) {
        Statements.report(context, file, i, "CREATE INDEX on existing table " + table.get()
                + " without CONCURRENTLY blocks writes to the table until the index is built",
            file.tool() == MigrationTool.PLAIN ? "write CREATE INDEX CONCURRENTLY, in a migration that runs outside"
                + " a transaction" : "write CREATE INDEX CONCURRENTLY: the tool runs this migration outside a"
                + " transaction");
      }
    }
  }

  /**
   * Whether the migration tool runs a statement inside a transaction, where PostgreSQL refuses
   * {@code CONCURRENTLY}: it wraps the file (pop), the file opens one
   * itself, the file holds other statements (one script is one implicit transaction in golang-migrate and Prisma,
   * and Flyway will not mix it with transactional statements), or the Liquibase changeset keeps its default
   * {@code runInTransaction}. A file that turns the tool's transaction off is outside one.
   */
  static boolean inTransaction(MigrationFile file, SqlStatement statement) {
    if (NO_TRANSACTION.matcher(file.text()).find()) {
      return false;
    }
    if (file.fileName().contains(".autocommit.")) {
      // pop sends the file as one query: PostgreSQL runs several statements of one query in one transaction.
      return file.statements().size() > 1;
    }
    if (file.statements().stream().anyMatch(ConcurrentIndex::opensTransaction)) {
      return true;
    }
    switch (file.tool()) {
      case PLAIN:
        return false;
      case LIQUIBASE:
        return file.changesets().stream()
            .filter(c -> c.statements().stream().anyMatch(s -> s.offset() == statement.offset())).findFirst()
            .map(c -> !"false".equalsIgnoreCase(c.attributes().getOrDefault("runInTransaction", "true")))
            .orElse(true);
      case UP_DOWN:
        return pop(file) || file.statements().size() > 1;
      default:
        return file.statements().size() > 1;
    }
  }

  /**
   * Whether paired files are pop's, which runs every migration in a transaction unless its name says
   * {@code .autocommit.}: pop names files per database ({@code .postgres.up.sql}), marks autocommit ones, and
   * renders them as Go templates ({@code {{ index .Options "Namespace" }}}); golang-migrate does none of these. The
   * file, or another one of its folder, gives it away.
   */
  private static boolean pop(MigrationFile file) {
    if (popName(file) || file.text().contains("{{")) {
      return true;
    }
    return file.folder().map(set -> set.files().stream().anyMatch(ConcurrentIndex::popName)).orElse(false);
  }

  private static boolean popName(MigrationFile file) {
    return !file.variant().isEmpty() || file.fileName().contains(".autocommit.");
  }

  private static boolean opensTransaction(SqlStatement statement) {
    List<String> words = statement.words();
    return words.size() == 1 && words.get(0).equals("BEGIN")
        || words.size() >= 2 && (words.get(0).equals("BEGIN") || words.get(0).equals("START"))
        && words.get(1).equals("TRANSACTION");
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
