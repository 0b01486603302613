package dev.devopskit.core.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Literal words searched in one pass over a text, ASCII letters compared without case: the prefilter that keeps
 * rules and the secret scanner from running a regular expression on a text that cannot match it. Each word stands
 * for a set of bits, so one pass answers for many patterns at once where a {@code contains} per word would read the
 * text once per word.
 *
 * <pre>{@code
 * AsciiWords words = AsciiWords.of(Map.of("npm", 1, "yarn", 1, "build", 2));
 * words.find("NPM run build")                 // 3
 * words.startAt("run yarn", 0)                // 4
 * AsciiWords.of("token").inLowerCase("API_TOKEN=x", 0, 11)   // true
 * }</pre>
 *
 * <p>Lookups are by the first character of each word, then by a 128-bit set of the second characters, so most
 * places in a text are passed over by two array reads. Instances are immutable and safe to share.
 */
public final class AsciiWords {
  /** Every word, for the lower-case copy of a text that is not ASCII. */
  private final String[] all;
  private final String[][] wordsByFirst = new String[128][];
  private final int[][] bitsByFirst = new int[128][];
  /**
   * By first character, the second characters of its words as a 128-bit set (bit {@code c % 64} of
   * {@code [c / 64]}): most places where a first character matches are passed over by this one test.
   */
  private final long[][] secondsByFirst = new long[128][2];
  /** By first character, whether one of its words is that character alone. */
  private final boolean[] singleByFirst = new boolean[128];

  private AsciiWords(Map<String, Integer> bitsByWord) {
    List<List<String>> words = new ArrayList<>();
    List<List<Integer>> bits = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      words.add(new ArrayList<>());
      bits.add(new ArrayList<>());
    }
    bitsByWord.forEach((word, bit) -> {
      if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT)) || !word.chars().allMatch(c -> c < 128)) {
        throw new IllegalArgumentException("a word must be non-empty lower-case ASCII: " + word);
      }
      if (bit == 0) {
        throw new IllegalArgumentException("a word must stand for at least one bit: " + word);
      }
      char first = word.charAt(0);
      words.get(first).add(word);
      bits.get(first).add(bit);
      if (word.length() == 1) {
        singleByFirst[first] = true;
      } else {
        char second = word.charAt(1);
        secondsByFirst[first][second >> 6] |= 1L << (second & 63);
      }
    });
    for (int c = 0; c < 128; c++) {
      if (!words.get(c).isEmpty()) {
        wordsByFirst[c] = words.get(c).toArray(new String[0]);
        bitsByFirst[c] = bits.get(c).stream().mapToInt(Integer::intValue).toArray();
      }
    }
    this.all = bitsByWord.keySet().toArray(new String[0]);
  }

  /**
   * Words, each with the bits it stands for.
   *
   * @param bitsByWord non-empty lower-case ASCII words, each with non-zero bits
   * @throws IllegalArgumentException when a word is empty, not lower case or not ASCII, or stands for no bit
   */
  public static AsciiWords of(Map<String, Integer> bitsByWord) {
    return new AsciiWords(bitsByWord);
  }

  /**
   * Words that all stand for bit 1, for a yes-or-no search.
   *
   * @param words non-empty lower-case ASCII words
   * @throws IllegalArgumentException when a word is empty, not lower case or not ASCII
   */
  public static AsciiWords of(String... words) {
    Map<String, Integer> bits = new LinkedHashMap<>();
    for (String word : words) {
      bits.put(word, 1);
    }
    return new AsciiWords(bits);
  }

  /** The bits of every word found in the whole text (0 when there is none). */
  public int find(String text) {
    return find(text, 0, text.length());
  }

  /**
   * The bits of every word found wholly within {@code text[from, to)}. A character that is not ASCII matches no
   * letter of a word (the Kelvin sign is not {@code k} here; see {@link #inLowerCase} for that).
   */
  public int find(String text, int from, int to) {
    int found = 0;
    for (int i = from; i < to; i++) {
      char c = lower(text.charAt(i));
      if (c < 128) {
        found |= bitsAt(c, text, i, to);
      }
    }
    return found;
  }

  /** The first place at or after {@code from} where one of the words starts (and ends within the text), or -1. */
  public int startAt(String text, int from) {
    int length = text.length();
    for (int i = from; i < length; i++) {
      char c = lower(text.charAt(i));
      if (c < 128 && bitsAt(c, text, i, length) != 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code text.substring(from, to).toLowerCase(Locale.ROOT)} contains one of the words. An ASCII text
   * is searched in place; any other text is lower-cased first, since a few other characters lower-case to ASCII
   * letters (the Kelvin sign to {@code k}).
   */
  public boolean inLowerCase(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        // Before this place the text is ASCII and holds no word; lower-case the whole part.
        return inLowerCaseCopy(text, from, to);
      }
      if (bitsAt(lower(c), text, i, to) != 0) {
        return true;
      }
    }
    return false;
  }

  private boolean inLowerCaseCopy(String text, int from, int to) {
    String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    for (String word : all) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The bits of the words that start at {@code i} with the (lower-case ASCII) character {@code c}, ending by {@code to}. */
  private int bitsAt(char c, String text, int i, int to) {
    String[] candidates = wordsByFirst[c];
    if (candidates == null || !singleByFirst[c] && !maySecond(c, text, i + 1, to)) {
      return 0;
    }
    int found = 0;
    for (int k = 0; k < candidates.length; k++) {
      if (at(text, i, to, candidates[k])) {
        found |= bitsByFirst[c][k];
      }
    }
    return found;
  }

  /** Whether some word starting with {@code first} may have the character at {@code at} (below {@code to}) second. */
  private boolean maySecond(char first, String text, int at, int to) {
    if (at >= to) {
      return false;
    }
    char second = lower(text.charAt(at));
    return second < 128 && (secondsByFirst[first][second >> 6] & 1L << (second & 63)) != 0;
  }

  /** Whether the word (its first character already compared) is at {@code start} and ends by {@code to}. */
  private static boolean at(String text, int start, int to, String word) {
    if (to - start < word.length()) {
      return false;
    }
    for (int j = 1; j < word.length(); j++) {
      if (lower(text.charAt(start + j)) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** An ASCII capital in lower case; any other character as it is. */
  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
