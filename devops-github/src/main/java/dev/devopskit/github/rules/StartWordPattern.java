package dev.devopskit.github.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which starts with one of a few literal words (ASCII letters in any case, as the
 * pattern's {@code (?i)} without Unicode case has it). {@link #find} answers as {@code matcher(text).find()} but
 * tries the pattern only where one of the words starts, instead of at every character: {@code find()} tries the
 * places in order and stops at the first match, and a match can only start where a word does.
 */
final class StartWordPattern {
  private final Pattern pattern;
  /** By first character, the words that start with it. */
  private final String[][] wordsByFirst = new String[128][];

  /**
   * @param regex the pattern
   * @param words lower-case ASCII words, one of which every match starts with
   */
  StartWordPattern(String regex, String... words) {
    this.pattern = Pattern.compile(regex);
    for (String word : words) {
      if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT)) || !word.chars().allMatch(c -> c < 128)) {
        throw new IllegalArgumentException("a word must be non-empty lower-case ASCII: " + word);
      }
      String[] known = wordsByFirst[word.charAt(0)];
      String[] grown = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
      grown[grown.length - 1] = word;
      wordsByFirst[word.charAt(0)] = grown;
    }
  }

  /** Whether the pattern matches somewhere in the text, as {@code pattern.matcher(text).find()}. */
  boolean find(String text) {
    Matcher matcher = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = Words.lower(text.charAt(i));
      if (c >= 128 || wordsByFirst[c] == null || !startsHere(text, i, wordsByFirst[c])) {
        continue;
      }
      if (matcher == null) {
        // Transparent bounds let \b and look-behind see the text before the place; no anchoring bounds, so a
        // place is tried as find() tries it.
        matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      matcher.region(i, length);
      if (matcher.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsHere(String text, int at, String[] words) {
    for (String word : words) {
      if (Words.at(text, at, text.length(), word)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern, for references. */
  Pattern pattern() {
    return pattern;
  }
}
