package dev.devopskit.core.secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hides secret values: a redacted value shows at most its first four characters, then {@code ****}.
 */
public final class Redaction {
  private Redaction() {}

  /** The redacted form of a value: {@code ghp_****}; values of four characters or fewer become {@code ****}. */
  public static String redact(String value) {
    if (value == null || value.length() <= 4) {
      return "****";
    }
    int end = value.offsetByCodePoints(0, Math.min(4, value.codePointCount(0, value.length())));
    return value.substring(0, end) + "****";
  }

  /**
   * The text with every secret the default scanner finds replaced by its redacted form: provider formats,
   * assignments to secret-looking names, and long high-entropy tokens (hexadecimal ones are left alone, since
   * fingerprints, digests and commit ids are hex).
   */
  public static String redactSecrets(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return redactValue("", text);
  }

  /**
   * A value with every secret of {@link #secretsIn(String, String)} replaced by its redacted form: what
   * {@link #redactSecrets(String)} hides, and a literal that its key makes a secret ({@code DB_PASSWORD}).
   *
   * @param key the name the value is given to, or an empty string when it has none
   */
  public static String redactValue(String key, String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    List<SecretMatch> matches = secretsIn(key, value);
    if (matches.isEmpty()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    int last = 0;
    for (SecretMatch match : matches) {
      out.append(value, last, match.start()).append(match.redacted());
      last = match.end();
    }
    return out.append(value, last, value.length()).toString();
  }

  /**
   * Every secret in a value, in order and without overlaps: what {@link #redactSecrets(String)} finds in it as
   * free text and, when the value is given to a key ({@code DB_PASSWORD}, {@code api_token}), a literal that the
   * key makes a secret ({@link SecretScanner#scanValue(String, String)}).
   *
   * @param key the name the value is given to, or an empty string when it has none
   */
  public static List<SecretMatch> secretsIn(String key, String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    List<SecretMatch> found = candidates(key, value);
    found.sort(Comparator.comparingInt(SecretMatch::start).thenComparing(m -> -m.end()));
    List<SecretMatch> kept = new ArrayList<>(found.size());
    int last = 0;
    for (SecretMatch match : found) {
      if (match.start() >= last) {
        kept.add(match);
        last = match.end();
      }
    }
    return kept;
  }

  /**
   * Every secret {@link #secretsIn(String, String)} weighs in a non-empty value, unsorted and possibly overlapping:
   * what {@link SecretScanner#scanText} finds, the high-entropy tokens no match covers, and, when a key is given,
   * what {@link SecretScanner#scanValue} finds (the provider formats are searched once for both).
   */
  private static List<SecretMatch> candidates(String key, String value) {
    List<SecretMatch> found = new ArrayList<>();
    Providers.find(value, 0, found);
    boolean provided = !found.isEmpty();
    SecretScanner.assignments(value, found);
    found.sort(Comparator.comparingInt(SecretMatch::start));
    Optional<SecretMatch> keyed = Optional.empty();
    if (key != null && !key.isEmpty()) {
      // scanValue gives the first provider match, already in the list, or judges the value without providers.
      keyed = provided ? Optional.empty() : SecretScanner.withoutProviders(key, value, found);
    }
    found.addAll(SecretScanner.highEntropyTokens(value, found));
    keyed.ifPresent(found::add);
    return found;
  }
}
