package dev.devopskit.docker.internal.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Word splitting of instruction arguments, as the Dockerfile grammar does it. */
public final class ShellWords {
  private ShellWords() {}

  /** A word and where it starts in the text. */
  public record Word(String text, int start) {}

  /**
   * Splits like the reference parser's {@code parseWords}: quotes and escapes are kept in the words, spaces
   * outside quotes separate them.
   */
  public static List<Word> dockerWords(String rest, char escape) {
    List<Word> words = new ArrayList<>();
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = inSpaces;
    StringBuilder word = new StringBuilder();
    int wordStart = 0;
    int quote = 0;
    boolean blankOk = false;
    int ch = 0;
    int width = 0;
    for (int pos = 0; pos <= rest.length(); pos += width) {
      if (pos != rest.length()) {
        ch = rest.codePointAt(pos);
        width = Character.charCount(ch);
      } else {
        width = 1;
      }
      if (phase == inSpaces) {
        if (pos == rest.length()) {
          break;
        }
        if (Character.isWhitespace(ch)) {
          continue;
        }
        phase = inWord;
        wordStart = pos;
      }
      if ((phase == inWord || phase == inQuote) && pos == rest.length()) {
        if (blankOk || word.length() > 0) {
          words.add(new Word(word.toString(), wordStart));
        }
        break;
      }
      if (phase == inWord) {
        if (Character.isWhitespace(ch)) {
          phase = inSpaces;
          if (blankOk || word.length() > 0) {
            words.add(new Word(word.toString(), wordStart));
          }
          word.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
        }
        if (ch == escape) {
          if (pos + width == rest.length()) {
            continue;
          }
          word.appendCodePoint(ch);
          pos += width;
          ch = rest.codePointAt(pos);
          width = Character.charCount(ch);
        }
        word.appendCodePoint(ch);
        continue;
      }
      if (ch == quote) {
        phase = inWord;
      }
      if (ch == escape && quote != '\'') {
        if (pos + width == rest.length()) {
          phase = inWord;
          continue;
        }
        pos += width;
        word.appendCodePoint(ch);
        ch = rest.codePointAt(pos);
        width = Character.charCount(ch);
      }
      word.appendCodePoint(ch);
    }
    return words;
  }

  /** Shell words with quotes and escapes kept as written. */
  public static List<String> rawWords(String text) {
    return split(text, true);
  }

  /** Shell words with quotes and backslash escapes removed. */
  public static List<String> unquotedWords(String text) {
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

  /** Removes one level of shell quoting from a word ({@code "a b"} to {@code a b}). */
  public static String unquote(String word) {
    List<String> parts = unquotedWordsKeepingSpaces(word);
    return String.join("", parts);
  }

  private static List<String> unquotedWordsKeepingSpaces(String text) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
          out.append(text.charAt(++i));
        } else {
          out.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\\' && i + 1 < text.length()) {
        out.append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return List.of(out.toString());
  }
}
