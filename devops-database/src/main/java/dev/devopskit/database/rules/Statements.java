package dev.devopskit.database.rules;

import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Position;
import dev.devopskit.core.source.Span;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.sql.SqlStatement;
import dev.devopskit.database.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What the rules read from statements: the shape of CREATE, DROP and ALTER TABLE, and where to report. */
final class Statements {
  private static final Set<String> CREATE_MODIFIERS = Set.of("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED",
      "UNIQUE", "MATERIALIZED", "FULLTEXT", "SPATIAL", "RECURSIVE", "TRUSTED", "PROCEDURAL", "CLUSTERED",
      "NONCLUSTERED", "BITMAP");

  private Statements() {}

  /** The words of a CREATE statement from its object type on: {@code CREATE OR REPLACE VIEW v} gives VIEW... */
  static final class Create {
    final boolean orReplace;
    final Set<String> modifiers = new TreeSet<>();
    final String object;
    final List<String> rest;

    private Create(boolean orReplace, String object, List<String> rest) {
      this.orReplace = orReplace;
      this.object = object;
      this.rest = rest;
    }

    /** Whether IF NOT EXISTS comes right after the object type (after CONCURRENTLY for indexes). */
    boolean ifNotExists() {
      return sequenceWithin(rest, 3, "IF", "NOT", "EXISTS");
    }
  }

  static Optional<Create> create(SqlStatement statement) {
    List<String> words = statement.words();
    if (words.isEmpty() || !words.get(0).equals("CREATE")) {
      return Optional.empty();
    }
    int i = 1;
    boolean orReplace = false;
    if (words.size() > 2 && words.get(1).equals("OR") && words.get(2).equals("REPLACE")) {
      orReplace = true;
      i = 3;
    }
    List<String> modifiers = new ArrayList<>();
    while (i < words.size() && CREATE_MODIFIERS.contains(words.get(i))) {
      modifiers.add(words.get(i));
      i++;
    }
    if (i >= words.size()) {
      return Optional.empty();
    }
    Create create = new Create(orReplace, words.get(i), words.subList(i + 1, words.size()));
    create.modifiers.addAll(modifiers);
    return Optional.of(create);
  }

  /** Whether the words {@code sequence} start within the first {@code within} positions of {@code words}. */
  static boolean sequenceWithin(List<String> words, int within, String... sequence) {
    for (int start = 0; start <= within && start + sequence.length <= words.size(); start++) {
      boolean all = true;
      for (int j = 0; j < sequence.length; j++) {
        if (!words.get(start + j).equals(sequence[j])) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words contain {@code sequence} anywhere. */
  static boolean contains(List<String> words, String... sequence) {
    return sequenceWithin(words, words.size(), sequence);
  }

  /** The table of {@code CREATE TABLE}, lower-case without schema. */
  static Optional<String> createdTable(SqlStatement statement) {
    Optional<Create> create = create(statement);
    if (create.isEmpty() || !create.get().object.equals("TABLE")) {
      return Optional.empty();
    }
    return nameAfter(statement.tokens(), indexOfWord(statement.tokens(), "TABLE") + 1);
  }

  /** Every table the file creates. */
  static Set<String> createdTables(MigrationFile file) {
    Set<String> out = new TreeSet<>();
    for (SqlStatement statement : file.statements()) {
      createdTable(statement).ifPresent(out::add);
    }
    return out;
  }

  /** The table an index is created on: the name after ON (and ONLY). */
  static Optional<String> indexTable(SqlStatement statement) {
    int on = indexOfWord(statement.tokens(), "ON");
    return on < 0 ? Optional.empty() : nameAfter(statement.tokens(), on + 1);
  }

  static int indexOfWord(List<SqlToken> tokens, String word) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is(word)) {
        return i;
      }
    }
    return -1;
  }

  /** A possibly qualified name at {@code from}, skipping IF [NOT] EXISTS and ONLY; lower-case, last part. */
  static Optional<String> nameAfter(List<SqlToken> tokens, int from) {
    int i = from;
    while (i < tokens.size() && (tokens.get(i).is("IF") || tokens.get(i).is("NOT") || tokens.get(i).is("EXISTS")
        || tokens.get(i).is("ONLY"))) {
      i++;
    }
    String name = null;
    while (i < tokens.size() && (tokens.get(i).kind() == SqlToken.Kind.WORD
        || tokens.get(i).kind() == SqlToken.Kind.QUOTED_IDENTIFIER)) {
      name = tokens.get(i).normalized().toLowerCase(Locale.ROOT);
      if (i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('.')) {
        i += 2;
      } else {
        break;
      }
    }
    return Optional.ofNullable(name);
  }

  /** An {@code ALTER TABLE}: the table and its comma-separated actions, each as upper-case words. */
  static final class AlterTable {
    final String table;
    final List<List<String>> actions;

    AlterTable(String table, List<List<String>> actions) {
      this.table = table;
      this.actions = actions;
    }
  }

  static Optional<AlterTable> alterTable(SqlStatement statement) {
    List<SqlToken> tokens = statement.tokens();
    if (tokens.size() < 3 || !tokens.get(0).is("ALTER") || !tokens.get(1).is("TABLE")) {
      return Optional.empty();
    }
    int i = 2;
    while (i < tokens.size() && (tokens.get(i).is("IF") || tokens.get(i).is("EXISTS") || tokens.get(i).is("ONLY"))) {
      i++;
    }
    Optional<String> table = nameAfter(tokens, i);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    while (i < tokens.size() && (tokens.get(i).kind() == SqlToken.Kind.WORD
        || tokens.get(i).kind() == SqlToken.Kind.QUOTED_IDENTIFIER)) {
      if (i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('.')) {
        i += 2;
      } else {
        i++;
        break;
      }
    }
    if (i < tokens.size() && tokens.get(i).isSymbol('*')) {
      i++;
    }
    List<List<String>> actions = new ArrayList<>();
    List<String> action = new ArrayList<>();
    int depth = 0;
    for (; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.isSymbol('(')) {
        depth++;
      } else if (token.isSymbol(')')) {
        depth = Math.max(0, depth - 1);
      } else if (token.isSymbol(',') && depth == 0) {
        actions.add(action);
        action = new ArrayList<>();
      } else if (depth == 0 && (token.kind() == SqlToken.Kind.WORD
          || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER)) {
        action.add(token.kind() == SqlToken.Kind.WORD ? token.normalized() : "\"" + token.normalized() + "\"");
      }
    }
    if (!action.isEmpty()) {
      actions.add(action);
    }
    return Optional.of(new AlterTable(table.get(), actions));
  }

  /** Reports at a statement. */
  static void report(RuleContext context, MigrationFile file, int index, String message, String fix) {
    SqlStatement statement = file.statements().get(index);
    Position at = new Position(statement.line(), statement.column(), statement.offset());
    context.report(new Span(at, at), DocPath.of("statements").index(index), message, fix);
  }

  /** Reports at a line of the file (1 for the file itself). */
  static void reportAtLine(RuleContext context, int line, DocPath path, String message, String fix) {
    int offset = context.source().filter(s -> line <= s.lineCount()).map(s -> s.lineStart(line)).orElse(0);
    Position at = new Position(line, 1, offset);
    context.report(new Span(at, at), path, message, fix);
  }
}
