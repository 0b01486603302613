package dev.devopskit.database.sql;

import dev.devopskit.core.source.Position;
import dev.devopskit.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a SQL script into statements, the way database clients and migration tools do.
 *
 * <p>This is a small hand-written lexer rather than a SQL grammar: migration rules need statement boundaries, the
 * words of each statement and their lines, for several dialects at once, and the general SQL parser libraries for
 * the JVM are large, dialect-bound and reject much of what real migrations contain. The lexer knows:
 * <ul>
 *   <li>{@code --} line comments and {@code /* ... *}{@code /} block comments, nested as in PostgreSQL;</li>
 *   <li>string literals in single quotes ({@code ''} inside), with backslash escapes after an {@code E} prefix;</li>
 *   <li>identifiers in double quotes and back quotes;</li>
 *   <li>dollar quoting ({@code $$ ... $$}, {@code $body$ ... $body$}) for PostgreSQL function bodies;</li>
 *   <li>{@code BEGIN ... END} bodies of {@code CREATE TRIGGER}, {@code FUNCTION}, {@code PROCEDURE} and
 *       {@code EVENT} statements (MySQL, H2, SQLite, {@code BEGIN ATOMIC}), where inner semicolons do not end the
 *       statement; {@code END IF}, {@code END LOOP}, {@code END WHILE} and {@code END REPEAT} do not close a block;</li>
 *   <li>the MySQL client's {@code DELIMITER} line, which changes the delimiter;</li>
 *   <li>template placeholders ({@code {{ .Schema }}}) of tools that render migrations first, even inside
 *       quotes.</li>
 * </ul>
 * It never throws: an unclosed string, comment or body becomes a {@link SqlScript.Problem} and the rest of the
 * script becomes the last statement.
 */
public final class SqlSplitter {
  private static final Set<String> BLOCK_OBJECTS = Set.of("TRIGGER", "FUNCTION", "PROCEDURE", "EVENT");
  private static final Set<String> NOT_A_BLOCK_END = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");

  private final String delimiter;

  private SqlSplitter(String delimiter) {
    this.delimiter = delimiter;
  }

  /** A splitter that ends statements at {@code ;}. */
  public static SqlSplitter standard() {
    return new SqlSplitter(";");
  }

  /** A splitter with another delimiter, such as {@code GO} or {@code $$}; an empty one never splits. */
  public static SqlSplitter withDelimiter(String delimiter) {
    return new SqlSplitter(delimiter);
  }

  /** Splits a whole script. */
  public SqlScript split(String text) {
    return split(text, 0, text.length(), SourceFile.of("", text));
  }

  /**
   * Splits part of a script (a Liquibase changeset's body): offsets, lines and columns stay those of the whole
   * script.
   *
   * @param source the whole script
   * @param from the first offset to read
   * @param to the offset to stop at
   */
  public SqlScript split(SourceFile source, int from, int to) {
    return split(source.text(), from, to, source);
  }

  private SqlScript split(String text, int from, int to, SourceFile lines) {
    return new Lexer(text, Math.max(0, from), Math.min(to, text.length()), lines, delimiter).run();
  }

  /** The lexer and splitter state for one run. */
  private static final class Lexer {
    private final String text;
    private final int limit;
    private final SourceFile lines;
    private String delimiter;
    private int pos;
    private final List<SqlStatement> statements = new ArrayList<>();
    private final List<SqlScript.Problem> problems = new ArrayList<>();
    private List<SqlToken> current = new ArrayList<>();
    private boolean blockMode;
    private int depth;
    private boolean pendingEnd;

    Lexer(String text, int from, int limit, SourceFile lines, String delimiter) {
      this.text = text;
      this.pos = from;
      this.limit = limit;
      this.lines = lines;
      this.delimiter = delimiter;
    }

    SqlScript run() {
      while (pos < limit) {
        char c = text.charAt(pos);
        if (current.isEmpty() && atLineStart() && delimiterDirective()) {
          continue;
        }
        if (Character.isWhitespace(c)) {
          pos++;
        } else if (c == '-' && peek(1) == '-') {
          skipLineComment();
        } else if (c == '/' && peek(1) == '*') {
          skipBlockComment();
        } else if (!delimiter.isEmpty() && text.startsWith(delimiter, pos) && isDelimiterHere()
            && closesStatement()) {
          pos += delimiter.length();
          finishStatement();
        } else if (c == '\'') {
          quoted('\'', SqlToken.Kind.STRING, escapesWithBackslash());
        } else if (c == '"') {
          quoted('"', SqlToken.Kind.QUOTED_IDENTIFIER, false);
        } else if (c == '`') {
          quoted('`', SqlToken.Kind.QUOTED_IDENTIFIER, false);
        } else if (c == '$') {
          dollar();
        } else if (c == '{' && peek(1) == '{') {
          template();
        } else if (Character.isLetter(c) || c == '_') {
          word();
        } else if (Character.isDigit(c)) {
          number();
        } else {
          add(SqlToken.Kind.SYMBOL, pos, pos + 1);
          pos++;
        }
      }
      resolvePendingEnd(null);
      finishStatement();
      return new SqlScript(statements, problems);
    }

    private char peek(int ahead) {
      int at = pos + ahead;
      return at < limit ? text.charAt(at) : '\0';
    }

    private boolean atLineStart() {
      int i = pos - 1;
      while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i--;
      }
      return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    /** The MySQL client's {@code DELIMITER //} line. */
    private boolean delimiterDirective() {
      if (!text.regionMatches(true, pos, "DELIMITER", 0, 9) || pos + 9 >= limit
          || (text.charAt(pos + 9) != ' ' && text.charAt(pos + 9) != '\t')) {
        return false;
      }
      int end = pos + 9;
      while (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String value = text.substring(pos + 9, end).strip();
      if (value.isEmpty() || value.contains(" ")) {
        return false;
      }
      delimiter = value;
      pos = end;
      return true;
    }

    /** A word delimiter (such as {@code GO}) counts only as a whole word. */
    private boolean isDelimiterHere() {
      if (!Character.isLetter(delimiter.charAt(delimiter.length() - 1))) {
        return true;
      }
      int after = pos + delimiter.length();
      return (after >= limit || !Character.isLetterOrDigit(text.charAt(after)))
          && (pos == 0 || !Character.isLetterOrDigit(text.charAt(pos - 1)));
    }

    /** Whether a delimiter here ends the statement: not inside a body ({@code END;} closes the body first). */
    private boolean closesStatement() {
      resolvePendingEnd(null);
      return depth == 0;
    }

    private void skipLineComment() {
      while (pos < limit && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
        pos++;
      }
    }

    private void skipBlockComment() {
      int start = pos;
      int nesting = 0;
      while (pos < limit) {
        if (text.charAt(pos) == '/' && peek(1) == '*') {
          nesting++;
          pos += 2;
        } else if (text.charAt(pos) == '*' && peek(1) == '/') {
          nesting--;
          pos += 2;
          if (nesting == 0) {
            return;
          }
        } else {
          pos++;
        }
      }
      problem(start, "block comment '/*' is never closed; add '*/' where the comment ends");
    }

    private boolean escapesWithBackslash() {
      if (current.isEmpty()) {
        return false;
      }
      SqlToken last = current.get(current.size() - 1);
      return last.end() == pos && last.kind() == SqlToken.Kind.WORD && last.text().equalsIgnoreCase("E");
    }

    private void quoted(char quote, SqlToken.Kind kind, boolean backslash) {
      int start = pos;
      pos++;
      while (pos < limit) {
        char c = text.charAt(pos);
        if (c == '{' && peek(1) == '{' && text.indexOf("}}", pos) > 0 && text.indexOf("}}", pos) < limit) {
          pos = text.indexOf("}}", pos) + 2;
        } else if (backslash && c == '\\') {
          pos += 2;
        } else if (c == quote) {
          if (peek(1) == quote) {
            pos += 2;
          } else {
            pos++;
            add(kind, start, pos);
            return;
          }
        } else {
          pos++;
        }
      }
      pos = Math.min(pos, limit);
      String what = kind == SqlToken.Kind.STRING ? "string" : "quoted identifier";
      problem(start, what + " opened with " + quote + " is never closed; close it with " + quote
          + " (write two to put one inside)");
      add(kind, start, pos);
    }

    /** A Go or Jinja template placeholder ({@code {{ .Schema }}}), kept whole as a name. */
    private void template() {
      int start = pos;
      int close = text.indexOf("}}", pos + 2);
      pos = close < 0 || close + 2 > limit ? limit : close + 2;
      add(SqlToken.Kind.QUOTED_IDENTIFIER, start, pos);
    }

    private void dollar() {
      int start = pos;
      int i = pos + 1;
      if (i < limit && Character.isDigit(text.charAt(i))) {
        while (i < limit && Character.isDigit(text.charAt(i))) {
          i++;
        }
        pos = i;
        add(SqlToken.Kind.PARAMETER, start, pos);
        return;
      }
      while (i < limit && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
        i++;
      }
      if (i >= limit || text.charAt(i) != '$') {
        pos = start + 1;
        add(SqlToken.Kind.SYMBOL, start, pos);
        return;
      }
      String tag = text.substring(start, i + 1);
      int close = text.indexOf(tag, i + 1);
      if (close < 0 || close + tag.length() > limit) {
        pos = limit;
        problem(start, "dollar-quoted body opened with " + tag + " is never closed; end it with " + tag);
        add(SqlToken.Kind.STRING, start, pos);
        return;
      }
      pos = close + tag.length();
      add(SqlToken.Kind.STRING, start, pos);
    }

    private void word() {
      int start = pos;
      while (pos < limit && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
          || text.charAt(pos) == '$')) {
        pos++;
      }
      String upper = text.substring(start, pos).toUpperCase(Locale.ROOT);
      boolean consumedByEnd = resolvePendingEnd(upper);
      add(SqlToken.Kind.WORD, start, pos);
      if (consumedByEnd) {
        return;
      }
      if (!blockMode && current.size() <= 10 && current.get(0).is("CREATE") && BLOCK_OBJECTS.contains(upper)
          && current.stream().noneMatch(t -> t.isSymbol('('))) {
        blockMode = true;
      }
      if (!blockMode) {
        return;
      }
      if (upper.equals("BEGIN") || upper.equals("CASE")) {
        depth++;
      } else if (upper.equals("END") && depth > 0) {
        pendingEnd = true;
      }
    }

    /** Decides what an {@code END} closed, given the word after it; true when that word was part of the end. */
    private boolean resolvePendingEnd(String nextWord) {
      if (!pendingEnd) {
        return false;
      }
      pendingEnd = false;
      if (nextWord != null && NOT_A_BLOCK_END.contains(nextWord)) {
        return true;
      }
      depth = Math.max(0, depth - 1);
      return nextWord != null && nextWord.equals("CASE");
    }

    private void number() {
      int start = pos;
      while (pos < limit && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
          || text.charAt(pos) == '_')) {
        pos++;
      }
      add(SqlToken.Kind.NUMBER, start, pos);
    }

    private void add(SqlToken.Kind kind, int start, int end) {
      if (kind != SqlToken.Kind.WORD && pendingEnd) {
        resolvePendingEnd(null);
      }
      current.add(new SqlToken(kind, text.substring(start, end), start));
    }

    private void finishStatement() {
      if (!current.isEmpty()) {
        SqlToken first = current.get(0);
        SqlToken last = current.get(current.size() - 1);
        Position start = lines.position(first.offset());
        Position end = lines.position(last.end());
        statements.add(new SqlStatement(text.substring(first.offset(), last.end()), first.offset(), start.line(),
            start.column(), end.line(), current));
      }
      current = new ArrayList<>();
      blockMode = false;
      depth = 0;
      pendingEnd = false;
    }

    private void problem(int offset, String message) {
      Position at = lines.position(offset);
      problems.add(new SqlScript.Problem(offset, at.line(), at.column(), message));
    }
  }
}
