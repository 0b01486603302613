package dev.devopskit.github.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Literal words, each with a set of bits, found in one pass over a text, ignoring ASCII case. A rule uses them as a
 * prefilter: when every match of a pattern contains one of its words, a text holding none of them cannot match, so
 * the pattern is not run. One pass answers for every pattern at once, where a {@code contains} per word would read
 * the text once per word.
 */
final class Words {
  private final String[][] wordsByFirst = new String[128][];
  private final int[][] bitsByFirst = new int[128][];
  /**
   * By first character, the second characters of its words as a 128-bit set (bit {@code c % 64} of
   * {@code [c / 64]}): most places where a first character matches are passed over by this one test.
   */
  private final long[][] secondsByFirst = new long[128][2];
  /** By first character, whether one of its words is that character alone. */
  private final boolean[] singleByFirst = new boolean[128];

  /** Words in lower-case ASCII, each with the bits it stands for. */
  Words(Map<String, Integer> bitsByWord) {
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
  }

  /** The bits of every word found in the whole text. */
  int find(String text) {
    return find(text, 0, text.length());
  }

  /** The bits of every word found wholly within {@code text[from, to)}. */
  int find(String text, int from, int to) {
    int found = 0;
    for (int i = from; i < to; i++) {
      char c = lower(text.charAt(i));
      if (c >= 128 || wordsByFirst[c] == null || !singleByFirst[c] && !maySecond(c, text, i + 1, to)) {
        continue;
      }
      String[] candidates = wordsByFirst[c];
      for (int k = 0; k < candidates.length; k++) {
        if (at(text, i, to, candidates[k])) {
          found |= bitsByFirst[c][k];
        }
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

  /** Whether the word is at {@code start} and ends by {@code to}, comparing ASCII letters without case. */
  static boolean at(String text, int start, int to, String word) {
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
  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
