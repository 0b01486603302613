package dev.devopskit.docker.internal.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Word splitting of instruction arguments, as the Dockerfile grammar does it (with the escape token of the file);
 * splitting a shell command is {@link dev.devopskit.core.syntax.ShellWords}.
 */
public final class InstructionWords {
  private InstructionWords() {}

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
}
