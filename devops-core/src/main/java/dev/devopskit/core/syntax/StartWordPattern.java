package dev.devopskit.core.syntax;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which starts with one of a few literal words (ASCII letters in any case, as the
 * pattern's {@code (?i)} without Unicode case has it). {@link #find} answers as {@code matcher(text).find()} but
 * tries the pattern only where one of the words starts ({@link AsciiWords#startAt}), instead of at every
 * character: {@code find()} tries the places in order and stops at the first match, and a match can only start
 * where a word does.
 *
 * <pre>{@code
 * StartWordPattern deploy = StartWordPattern.of("(?i)\\bhelm\\s+upgrade|\\bkubectl\\s+apply", "helm", "kubectl");
 * deploy.find("run: helm upgrade app ./chart")   // true
 * }</pre>
 */
public final class StartWordPattern {
  private final Pattern pattern;
  private final AsciiWords words;

  private StartWordPattern(Pattern pattern, AsciiWords words) {
    this.pattern = pattern;
    this.words = words;
  }

  /**
   * A pattern with its start words.
   *
   * @param regex the pattern
   * @param words lower-case ASCII words, one of which every match starts with
   * @throws IllegalArgumentException when a word is empty, not lower case or not ASCII
   */
  public static StartWordPattern of(String regex, String... words) {
    return new StartWordPattern(Pattern.compile(regex), AsciiWords.of(words));
  }

  /** Whether the pattern matches somewhere in the text, as {@code pattern().matcher(text).find()}. */
  public boolean find(String text) {
    Matcher matcher = null;
    int length = text.length();
    for (int at = words.startAt(text, 0); at >= 0; at = words.startAt(text, at + 1)) {
      if (matcher == null) {
        // Transparent bounds let \b and look-behind see the text before the place; no anchoring bounds, so a
        // place is tried as find() tries it.
        matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      matcher.region(at, length);
      if (matcher.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The pattern. */
  public Pattern pattern() {
    return pattern;
  }
}
