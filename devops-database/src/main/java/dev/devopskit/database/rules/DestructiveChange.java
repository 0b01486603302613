package dev.devopskit.database.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.migration.MigrationKind;
import dev.devopskit.database.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code migrations/destructive-change}: changes that lose data or break the running version of the application
 * during a rolling deploy: DROP TABLE, DROP COLUMN, column type changes, and NOT NULL on a table that has rows.
 * Down and undo scripts are left alone: undoing is their purpose.
 */
public final class DestructiveChange implements Rule<MigrationFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("migrations/destructive-change", Profile.TRUNK, Severity.WARNING,
      "Migrations do not drop tables or columns, change column types, or add NOT NULL without a default").withConfidence(Confidence.MEDIUM);

  private static final Set<String> NOT_A_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK",
      "INDEX", "KEY", "FULLTEXT", "SPATIAL", "PARTITION", "EXCLUDE", "PERIOD", "DEFAULT", "NOT", "VALUE",
      "ATTRIBUTE", "IDENTITY", "EXPRESSION", "STATISTICS", "PROJECTION", "ROW", "TRIGGER", "POLICY");
  private static final Set<String> ALTER_COLUMN_VERBS = Set.of("SET", "DROP", "ADD", "RESTART", "RESET", "OPTIONS",
      "RENAME", "TYPE");
  private static final Set<String> SERIAL_TYPES = Set.of("SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL4", "SERIAL8",
      "SERIAL2", "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY", "GENERATED");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(MigrationFile file, RuleContext context) {
    if (file.kind() == MigrationKind.DOWN) {
      return;
    }
    Set<String> created = new TreeSet<>();
    for (int i = 0; i < file.statements().size(); i++) {
      SqlStatement statement = file.statements().get(i);
      Statements.createdTable(statement).ifPresent(created::add);
      List<String> problems = problems(statement, created);
      if (!problems.isEmpty()) {
        Statements.report(context, file, i, String.join("; ", problems),
            "expand and contract: add the new shape beside the old one, migrate the data and the code, and drop"
                + " the old shape in a later release once nothing reads it");
      }
    }
  }

  static List<String> problems(SqlStatement statement, Set<String> createdHere) {
    List<String> out = new ArrayList<>();
    List<String> words = statement.words();
    if (words.size() > 1 && words.get(0).equals("DROP") && words.get(1).equals("TABLE")) {
      out.add("DROP TABLE deletes the table and its data");
      return out;
    }
    Optional<Statements.AlterTable> alter = Statements.alterTable(statement);
    if (alter.isEmpty() || createdHere.contains(alter.get().table)) {
      return out;
    }
    for (List<String> action : alter.get().actions) {
      problem(action).ifPresent(p -> out.add(p + " on table " + alter.get().table));
    }
    return out;
  }

  private static Optional<String> problem(List<String> action) {
    if (action.size() < 2) {
      return Optional.empty();
    }
    String verb = action.get(0);
    boolean column = action.get(1).equals("COLUMN");
    List<String> rest = column ? action.subList(2, action.size()) : action.subList(1, action.size());
    if (rest.size() >= 2 && rest.get(0).equals("IF")) {
      rest = rest.subList(rest.get(1).equals("NOT") ? 3 : 2, rest.size());
    }
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    String name = rest.get(0).toLowerCase(java.util.Locale.ROOT);
    switch (verb) {
      case "DROP":
        return column || !NOT_A_COLUMN.contains(action.get(1)) ? Optional.of("DROP COLUMN " + name
            + " deletes the column and its data, and breaks the code still reading it") : Optional.empty();
      case "MODIFY":
      case "CHANGE":
        return Optional.of(verb + " COLUMN " + name + " can change the column's type and rewrite the table");
      case "ALTER":
        return alterColumn(column, action.get(1), name, rest);
      case "ADD":
        if (!column && NOT_A_COLUMN.contains(action.get(1))) {
          return Optional.empty();
        }
        boolean notNull = Statements.contains(rest, "NOT", "NULL");
        boolean defaulted = rest.contains("DEFAULT") || rest.stream().anyMatch(SERIAL_TYPES::contains);
        return notNull && !defaulted ? Optional.of("ADD COLUMN " + name
            + " NOT NULL without a DEFAULT fails on a table that has rows") : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> alterColumn(boolean column, String second, String name, List<String> rest) {
    if (!column && NOT_A_COLUMN.contains(second)) {
      return Optional.empty();
    }
    List<String> after = rest.subList(1, rest.size());
    if (after.isEmpty()) {
      return Optional.empty();
    }
    if (after.get(0).equals("TYPE") || Statements.sequenceWithin(after, 0, "SET", "DATA", "TYPE")) {
      return Optional.of("changing the type of column " + name + " rewrites the table and can fail or lose data");
    }
    if (Statements.sequenceWithin(after, 0, "SET", "NOT", "NULL")) {
      return Optional.of("SET NOT NULL on column " + name + " fails while any row holds NULL");
    }
    if (!ALTER_COLUMN_VERBS.contains(after.get(0)) && !after.get(0).startsWith("\"")) {
      return Optional.of("changing the type of column " + name + " rewrites the table and can fail or lose data");
    }
    return Optional.empty();
  }
}
