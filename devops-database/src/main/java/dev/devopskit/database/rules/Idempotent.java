package dev.devopskit.database.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.database.migration.Changeset;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.migration.MigrationKind;
import dev.devopskit.database.migration.MigrationTool;
import dev.devopskit.database.sql.SqlStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code migrations/idempotent}: statements that fail or duplicate work when a migration runs a second time
 * (after a half-applied run, a restored backup or a reset history table).
 *
 * <p>Versioned migrations of a tool that records what it applied (Flyway, Prisma, Liquibase changesets, paired
 * {@code .up.sql} files of golang-migrate and the like) run exactly once, so only their seed data is judged, unless
 * the {@code versioned} option asks for all of it. Repeatable migrations and SQL files that follow no tool are
 * judged whole.
 */
public final class Idempotent implements Rule<MigrationFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("migrations/idempotent")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING)
      .summary("Migrations can run twice: CREATE with IF NOT EXISTS or OR REPLACE, DROP with IF EXISTS")
      .addOptions(new RuleOption("seed-files",
          "Parts of a file path that mark seed data, whose INSERTs need ON CONFLICT (repeatable migrations too)",
          "[seed]"),
          new RuleOption("versioned", "Also judge the schema changes of versioned migrations, which Flyway, Prisma, "
              + "Liquibase and golang-migrate apply exactly once", "false"))
      .build();

  private static final Set<String> NEEDS_IF_NOT_EXISTS = Set.of("TABLE", "INDEX", "SEQUENCE", "SCHEMA",
      "EXTENSION");
  private static final Set<String> NOT_A_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK",
      "INDEX", "KEY", "FULLTEXT", "SPATIAL", "PARTITION", "EXCLUDE", "PERIOD", "DEFAULT", "NOT", "VALUE", "ATTRIBUTE",
      "GENERATED", "IDENTITY", "EXPRESSION", "STATISTICS", "PROJECTION");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(MigrationFile file, RuleContext context) {
    boolean seed = isSeed(file, context.listOption("seed-files"));
    boolean versioned = context.booleanOption("versioned");
    boolean onlySeed = appliedOnce(file) && !versioned;
    // Statements judged on their inserts alone (run once) or not at all (guarded by a precondition).
    Set<Integer> runOnce = new HashSet<>();
    Set<Integer> guarded = new HashSet<>();
    for (Changeset changeset : file.changesets()) {
      if (!changeset.preconditions().isEmpty()) {
        changeset.statements().forEach(s -> guarded.add(s.offset()));
      } else if (!versioned && !rerun(changeset)) {
        changeset.statements().forEach(s -> runOnce.add(s.offset()));
      }
    }
    for (int i = 0; i < file.statements().size(); i++) {
      SqlStatement statement = file.statements().get(i);
      if (guarded.contains(statement.offset())) {
        continue;
      }
      boolean once = file.kind() == MigrationKind.CHANGELOG ? runOnce.contains(statement.offset()) : onlySeed;
      Optional<String> problem = once ? (seed ? insertProblem(statement) : Optional.empty())
          : problem(statement, seed);
      if (problem.isPresent()) {
        Statements.report(context, file, i, problem.get() + " fails or repeats work when the migration runs again",
            fix(problem.get()));
      }
    }
  }

  /** Whether Liquibase runs a changeset again: {@code runAlways:true}, or {@code runOnChange:true} when it changes. */
  private static boolean rerun(Changeset changeset) {
    return "true".equalsIgnoreCase(changeset.attributes().getOrDefault("runAlways", ""))
        || "true".equalsIgnoreCase(changeset.attributes().getOrDefault("runOnChange", ""));
  }

  private static boolean isSeed(MigrationFile file, List<String> markers) {
    String path = file.path().toLowerCase(Locale.ROOT);
    return file.kind() == MigrationKind.REPEATABLE
        || markers.stream().anyMatch(m -> !m.isBlank() && path.contains(m.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the tool applies the file exactly once and records it: a versioned, baseline or down migration of
   * Flyway, Prisma or paired files (a Liquibase changelog is judged changeset by changeset). Repeatable migrations
   * run again whenever they change, and plain SQL files follow no tool that remembers them.
   */
  static boolean appliedOnce(MigrationFile file) {
    return file.tool() != MigrationTool.PLAIN && (file.kind() == MigrationKind.VERSIONED
        || file.kind() == MigrationKind.BASELINE || file.kind() == MigrationKind.DOWN);
  }

  private static Optional<String> insertProblem(SqlStatement statement) {
    List<String> words = statement.words();
    return !words.isEmpty() && words.get(0).equals("INSERT") ? insert(words) : Optional.empty();
  }

  /** What is not idempotent in one statement, in words such as "CREATE TABLE users without IF NOT EXISTS". */
  static Optional<String> problem(SqlStatement statement, boolean seed) {
    List<String> words = statement.words();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    switch (words.get(0)) {
      case "CREATE":
        return create(statement);
      case "DROP":
        return drop(words);
      case "ALTER":
        return alter(statement);
      case "INSERT":
        return seed ? insert(words) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> create(SqlStatement statement) {
    Optional<Statements.Create> found = Statements.create(statement);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Statements.Create create = found.get();
    boolean temporary = create.modifiers.contains("TEMP") || create.modifiers.contains("TEMPORARY");
    if (create.modifiers.contains("MATERIALIZED") && create.object.equals("VIEW")) {
      return create.ifNotExists() ? Optional.empty() : Optional.of("CREATE MATERIALIZED VIEW without IF NOT EXISTS");
    }
    if (NEEDS_IF_NOT_EXISTS.contains(create.object) && !temporary && !create.ifNotExists()) {
      return Optional.of("CREATE " + create.object + " without IF NOT EXISTS");
    }
    if ((create.object.equals("FUNCTION") || create.object.equals("VIEW")) && !create.orReplace
        && !create.ifNotExists()) {
      return Optional.of("CREATE " + create.object + " without OR REPLACE");
    }
    return Optional.empty();
  }

  private static Optional<String> drop(List<String> words) {
    if (words.size() < 2 || Statements.sequenceWithin(words, 3, "IF", "EXISTS")) {
      return Optional.empty();
    }
    String object = words.get(1).equals("MATERIALIZED") && words.size() > 2 ? "MATERIALIZED " + words.get(2)
        : words.get(1);
    return Optional.of("DROP " + object + " without IF EXISTS");
  }

  private static Optional<String> alter(SqlStatement statement) {
    Optional<Statements.AlterTable> alter = Statements.alterTable(statement);
    if (alter.isEmpty()) {
      return Optional.empty();
    }
    for (List<String> action : alter.get().actions) {
      if (action.size() < 2) {
        continue;
      }
      String verb = action.get(0);
      boolean column = action.get(1).equals("COLUMN");
      List<String> afterColumn = column ? action.subList(2, action.size()) : action.subList(1, action.size());
      if (verb.equals("ADD") && (column || !NOT_A_COLUMN.contains(action.get(1)))
          && !Statements.sequenceWithin(afterColumn, 0, "IF", "NOT", "EXISTS")) {
        return Optional.of("ADD COLUMN without IF NOT EXISTS");
      }
      if (verb.equals("DROP") && (column || action.get(1).equals("CONSTRAINT")
          || !NOT_A_COLUMN.contains(action.get(1)))) {
        List<String> after = action.get(1).equals("CONSTRAINT") ? action.subList(2, action.size()) : afterColumn;
        if (!Statements.sequenceWithin(after, 0, "IF", "EXISTS")) {
          return Optional.of("DROP " + (action.get(1).equals("CONSTRAINT") ? "CONSTRAINT" : "COLUMN")
              + " without IF EXISTS");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> insert(List<String> words) {
    boolean guarded = Statements.contains(words, "ON", "CONFLICT") || Statements.contains(words, "ON", "DUPLICATE")
        || (words.size() > 1 && words.get(1).equals("IGNORE")) || Statements.sequenceWithin(words, 1, "OR", "IGNORE")
        || Statements.sequenceWithin(words, 1, "OR", "REPLACE") || Statements.contains(words, "WHERE", "NOT", "EXISTS");
    return guarded ? Optional.empty() : Optional.of("INSERT of seed data without ON CONFLICT");
  }

  private static String fix(String problem) {
    if (problem.startsWith("INSERT")) {
      return "add ON CONFLICT DO NOTHING (or ON CONFLICT (key) DO UPDATE), or insert WHERE NOT EXISTS";
    }
    if (problem.contains("OR REPLACE")) {
      return "write CREATE OR REPLACE";
    }
    if (problem.contains("IF NOT EXISTS")) {
      return "add IF NOT EXISTS (where the database lacks it, guard the statement with a catalog check)";
    }
    return "add IF EXISTS";
  }
}
