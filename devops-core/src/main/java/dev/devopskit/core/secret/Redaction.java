package dev.devopskit.core.secret;

import java.util.List;

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
    List<SecretMatch> matches = new java.util.ArrayList<>(SecretScanner.defaults().scanText(text));
    matches.addAll(SecretScanner.highEntropyTokens(text, matches));
    matches.sort(java.util.Comparator.comparingInt(SecretMatch::start));
    if (matches.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (SecretMatch match : matches) {
      if (match.start() < last) {
        continue;
      }
      out.append(text, last, match.start()).append(match.redacted());
      last = match.end();
    }
    return out.append(text.substring(last)).toString();
  }
}
