package dev.devopskit.core.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a POSIX shell command line into words, as the shell does before it runs a command: unquoted blanks
 * separate words, single quotes keep everything literally, double quotes keep blanks and let a backslash escape
 * the next character, and an unquoted backslash escapes the next character. Variables and command substitutions
 * are left as written. The Dockerfile reader splits heredoc markers with it and the repository checks read
 * {@code docker build} commands in workflow scripts with it.
 *
 * <pre>{@code
 * ShellWords.words("docker build -f 'my file' my\\ dir")   // [docker, build, -f, my file, my dir]
 * ShellWords.rawWords("echo 'a b' c")                      // [echo, 'a b', c]
 * }</pre>
 */
public final class ShellWords {
  private ShellWords() {}

  /** The words with their quotes and escapes kept as written. */
  public static List<String> rawWords(String text) {
    return split(text, true);
  }

  /** The words with quotes and backslash escapes removed, as the command receives them. */
  public static List<String> words(String text) {
    return split(text, false);
  }

  private static List<String> split(String text, boolean raw) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
          if (raw) {
            word.append(c);
          }
        } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
          if (raw) {
            word.append(c);
          }
          word.append(text.charAt(++i));
        } else {
          word.append(c);
        }
        continue;
      }
      if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        continue;
      }
      inWord = true;
      if (c == '\'' || c == '"') {
        quote = c;
        if (raw) {
          word.append(c);
        }
      } else if (c == '\\' && i + 1 < text.length()) {
        if (raw) {
          word.append(c);
        }
        word.append(text.charAt(++i));
      } else {
        word.append(c);
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
