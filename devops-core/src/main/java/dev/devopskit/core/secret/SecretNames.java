package dev.devopskit.core.secret;

import dev.devopskit.core.syntax.AsciiWords;
import java.util.regex.Pattern;

/**
 * What a name says of its value: whether it is one whose literal values are secrets ({@code DB_PASSWORD},
 * {@code apiKey}), whether it holds hashes, versions or references ({@code image_sha}, {@code cache-key}), and
 * whether a value only spells the name again. Names are judged on every call; nothing is kept between calls.
 */
final class SecretNames {
  private SecretNames() {}

  /** Names whose literal values are secrets: {@code *_PASSWORD}, {@code *_TOKEN}, {@code API_KEY}... */
  private static final Pattern SENSITIVE_NAME = Pattern.compile(
      "(?i)(?:^|[_.\\-])(?:password|passwd|pwd|pass|secret|secret[_-]?key|token|api[_-]?key|apikey|access[_-]?key"
          + "|access[_-]?token|auth[_-]?token|private[_-]?key|client[_-]?secret|credentials?|webhook[_-]?url"
          + "|connection[_-]?string|signing[_-]?key|encryption[_-]?key|master[_-]?key|license[_-]?key)$"
          + "|(?i)^(?:password|passwd|secret|token|apikey|api_key|credentials)$");

  /**
   * Names that hold identifiers, hashes or settings, not secrets, even when they end like one. A suffix, searched
   * with {@code find()}: no leading {@code .*} to backtrack over long names.
   */
  private static final Pattern BENIGN_NAME = Pattern.compile(
      "(?i)(?:_file|_path|_dir|_url_file|_env|_name|_id|_type|_length|_min|_max|_ttl|_expiry|_expires"
          + "|_header|_endpoint|_count|_policy|_rotation|_enabled|_required|_hash|_sha|_digest|_mode|_format"
          + "|_version|_user|_username)$");

  /** Endings of names whose values are hashes, versions or references: never judged by entropy. */
  private static final String[] HASHY_ENDINGS = {"sha", "digest", "hash", "checksum", "commit", "ref", "version",
      "integrity", "uses", "image", "id", "uuid", "fingerprint", "nonce", "key_id", "signature", "cache", "path",
      "url", "uri", "file", "name", "tag", "label", "description", "run", "script", "command", "args", "with", "if",
      "pattern", "regex", "lockfile", "etag", "revision", "salt", "iv"};
  /** The same endings as a pattern (a suffix, with find()), for keys that hold a line terminator. */
  private static final Pattern HASHY_NAME = Pattern.compile("(?i)(?:" + String.join("|", HASHY_ENDINGS) + ")$");

  /** Every name that {@link #SENSITIVE_NAME} accepts holds one of these, in lower case. */
  static final AsciiWords SENSITIVE_FRAGMENTS = AsciiWords.of("pass", "pwd", "secret", "token", "key",
      "credential", "webhook", "connection");

  /**
   * Whether a name is one whose values are secrets ({@code DB_PASSWORD}, {@code apiKey}, {@code token}). Judged on
   * every call: a name without one of the {@link #SENSITIVE_FRAGMENTS} (most names) is turned down by one pass
   * over its characters, before any pattern runs.
   */
  static boolean sensitiveName(String key) {
    if (key == null || key.isEmpty() || key.length() > 200 || SENSITIVE_FRAGMENTS.find(key) == 0) {
      return false;
    }
    // The camel-case split only adds underscores, which no fragment holds: a name the pattern accepts after the
    // split holds a fragment before it.
    String normal = camelToSnake(key);
    return SENSITIVE_NAME.matcher(normal).find() && !BENIGN_NAME.matcher(normal).find();
  }

  /**
   * {@code key.replaceAll("([a-z0-9])([A-Z])", "$1_$2")} without compiling the pattern on every call: an
   * underscore before every ASCII capital that follows an ASCII lower-case letter or digit ({@code apiKey} to
   * {@code api_Key}). The matches cannot overlap (a capital is never the first character of one), so each such
   * pair gets its underscore.
   */
  static String camelToSnake(String key) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      char before = key.charAt(i - 1);
      if (c >= 'A' && c <= 'Z' && (before >= 'a' && before <= 'z' || before >= '0' && before <= '9')) {
        if (out == null) {
          out = new StringBuilder(key.length() + 8);
        }
        out.append(key, copied, i).append('_');
        copied = i;
      }
    }
    return out == null ? key : out.append(key, copied, key.length()).toString();
  }

  /**
   * Whether the name with '-' read as '_' ends like a hash or reference ({@link #hashyName}): {@code cache-key}
   * does not, {@code image-id} does.
   */
  static boolean hashyNameDashed(String key) {
    return key.indexOf('-') < 0 ? hashyName(key) : hashyName(key.replace('-', '_'));
  }

  /**
   * {@code HASHY_NAME.matcher(key).find()}: the key ends with one of {@link #HASHY_ENDINGS}, ASCII letters in any
   * case (the pattern's {@code (?i)} without Unicode case). A key holding a line terminator goes to the pattern,
   * whose {@code $} also matches before a final one.
   */
  static boolean hashyName(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return HASHY_NAME.matcher(key).find();
      }
    }
    for (String ending : HASHY_ENDINGS) {
      if (endsWithAsciiIgnoreCase(key, ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text ends with the lower-case ASCII ending, comparing ASCII letters without case. */
  private static boolean endsWithAsciiIgnoreCase(String text, String ending) {
    int start = text.length() - ending.length();
    if (start < 0) {
      return false;
    }
    for (int k = 0; k < ending.length(); k++) {
      char c = text.charAt(start + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != ending.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a value only spells its own name again ({@code GITEA_WEBHOOK_SECRET=gitea-webhook-secret},
   * {@code "client_secret": "client_secret"}): a stand-in that says what belongs there. Letters and digits are
   * compared without case, separators ignored.
   */
  static boolean repeatsName(String name, String value) {
    String letters = lettersAndDigits(value);
    return letters.length() >= 4 && lettersAndDigits(camelToSnake(name)).contains(letters);
  }

  private static String lettersAndDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      }
    }
    return out.toString();
  }
}
