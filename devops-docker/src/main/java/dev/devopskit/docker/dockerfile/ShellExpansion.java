package dev.devopskit.docker.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Variable expansion and word splitting of instruction arguments, as BuildKit does it for ARG, ENV, FROM, COPY,
 * WORKDIR and the like: quotes, the escape token, {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-word}},
 * {@code ${NAME:+word}}, {@code ${NAME:?word}} and {@code ${NAME?word}}.
 */
public final class ShellExpansion {
  /** A word that cannot be expanded: an unclosed quote or brace, a bad substitution, a required unset variable. */
  private static final class LexException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    LexException(String message) {
      super(message);
    }
  }

  private final String text;
  private final Map<String, String> env;
  private final char escape;
  private int pos;

  private ShellExpansion(String text, Map<String, String> env, char escape) {
    this.text = text;
    this.env = env;
    this.escape = escape;
  }

  /**
   * The word with variables expanded and quotes removed.
   *
   * @throws IllegalArgumentException when the word cannot be expanded, saying why
   */
  public static String processWord(String word, Map<String, String> env, char escape) {
    return new ShellExpansion(word, env, escape).processStopOn((char) 0).text;
  }

  /**
   * The words after expansion: unquoted white space (also in variable values) separates them.
   *
   * @throws IllegalArgumentException when the text cannot be expanded, saying why
   */
  public static List<String> processWords(String word, Map<String, String> env, char escape) {
    return new ShellExpansion(word, env, escape).processStopOn((char) 0).words;
  }

  /** The word expanded with what is known, or empty when it cannot be expanded. */
  public static Optional<String> tryWord(String word, Map<String, String> env, char escape) {
    try {
      return Optional.of(processWord(word, env, escape));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private record Processed(String text, List<String> words) {}

  /** Words being built, as BuildKit's wordsStruct. */
  private static final class Words {
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;

    void addChar(int ch) {
      if (Character.isWhitespace(ch) && inWord) {
        if (word.length() != 0) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (!Character.isWhitespace(ch)) {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      word.appendCodePoint(ch);
      inWord = true;
    }

    void addString(String s) {
      s.codePoints().forEach(this::addChar);
    }

    void addRawString(String s) {
      word.append(s);
      inWord = true;
    }

    List<String> get() {
      if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
        inWord = false;
      }
      return words;
    }
  }

  private boolean eof() {
    return pos >= text.length();
  }

  private int peek() {
    return eof() ? -1 : text.codePointAt(pos);
  }

  private int next() {
    if (eof()) {
      return -1;
    }
    int ch = text.codePointAt(pos);
    pos += Character.charCount(ch);
    return ch;
  }

  private Processed processStopOn(char stop) {
    StringBuilder result = new StringBuilder();
    Words words = new Words();
    while (!eof()) {
      int ch = peek();
      if (stop != 0 && ch == stop) {
        next();
        return new Processed(result.toString(), words.get());
      }
      if (ch == '\'' || ch == '"' || ch == '$') {
        String tmp = ch == '\'' ? singleQuote() : ch == '"' ? doubleQuote() : dollar();
        result.append(tmp);
        if (ch == '$') {
          words.addString(tmp);
        } else {
          words.addRawString(tmp);
        }
        continue;
      }
      ch = next();
      if (ch == escape) {
        ch = next();
        if (ch < 0) {
          break;
        }
        words.addRawChar(ch);
      } else {
        words.addChar(ch);
      }
      result.appendCodePoint(ch);
    }
    if (stop != 0) {
      throw new LexException("unexpected end of statement while looking for matching " + stop);
    }
    return new Processed(result.toString(), words.get());
  }

  private String singleQuote() {
    next();
    StringBuilder result = new StringBuilder();
    while (true) {
      int ch = next();
      if (ch < 0) {
        throw new LexException("unexpected end of statement while looking for matching single-quote");
      }
      if (ch == '\'') {
        return result.toString();
      }
      result.appendCodePoint(ch);
    }
  }

  private String doubleQuote() {
    next();
    StringBuilder result = new StringBuilder();
    while (true) {
      if (eof()) {
        throw new LexException("unexpected end of statement while looking for matching double-quote");
      }
      int ch = peek();
      if (ch == '"') {
        next();
        return result.toString();
      }
      if (ch == '$') {
        result.append(dollar());
        continue;
      }
      ch = next();
      if (ch == escape) {
        int following = peek();
        if (following < 0) {
          continue;
        }
        if (following == '"' || following == '$' || following == escape) {
          ch = next();
        }
      }
      result.appendCodePoint(ch);
    }
  }

  private String dollar() {
    next();
    if (peek() != '{') {
      String name = name();
      if (name.isEmpty()) {
        return "$";
      }
      return env.getOrDefault(name, "");
    }
    next();
    int first = peek();
    if (first < 0) {
      throw new LexException("syntax error: missing '}'");
    }
    if (first == '{' || first == '}' || first == ':') {
      throw new LexException("syntax error: bad substitution");
    }
    String name = name();
    int ch = next();
    if (ch == '}') {
      return env.getOrDefault(name, "");
    }
    if (ch == '?') {
      String word = nested();
      String value = env.get(name);
      if (value == null) {
        throw new LexException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
      }
      return value;
    }
    if (ch == ':') {
      int modifier = next();
      String word = nested();
      String value = env.get(name);
      switch (modifier) {
        case '+':
          return value == null || value.isEmpty() ? "" : word;
        case '-':
          return value == null || value.isEmpty() ? word : value;
        case '?':
          if (value == null) {
            throw new LexException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
          }
          if (value.isEmpty()) {
            throw new LexException(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
          }
          return value;
        default:
          throw new LexException("unsupported modifier in substitution");
      }
    }
    throw new LexException("missing ':' in substitution");
  }

  private String nested() {
    try {
      return processStopOn('}').text;
    } catch (LexException e) {
      if (eof()) {
        throw new LexException("syntax error: missing '}'");
      }
      throw e;
    }
  }

  private String name() {
    StringBuilder name = new StringBuilder();
    while (!eof()) {
      int ch = peek();
      if (name.length() == 0 && Character.isDigit(ch)) {
        while (!eof() && Character.isDigit(peek())) {
          name.appendCodePoint(next());
        }
        return name.toString();
      }
      if (name.length() == 0 && "@*#?-$!0".indexOf(ch) >= 0) {
        return new String(Character.toChars(next()));
      }
      if (!Character.isLetterOrDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(next());
    }
    return name.toString();
  }
}
