package dev.devopskit.core.secret;

import dev.devopskit.core.syntax.AsciiWords;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a value says of itself: whether it is a reference or a stand-in ({@code ${VAR}}, {@code changeme},
 * {@code xxxx}) rather than a real value, whether a literal under a secret-looking name is a credential and how
 * strong it looks, and whether a token is random enough to be one (Shannon entropy, not a hash or a path).
 */
final class SecretValues {
  private SecretValues() {}

  /** Expressions that read a value from elsewhere: {@code process.env.X}, {@code settings.DB_PASSWORD}. */
  private static final Pattern REFERENCE = Pattern.compile(
      "(?:process\\.env|os\\.environ|import\\.meta\\.env|env|ENV|settings|config|secrets|vars|inputs|params|props|"
          + "self|this|values|Values)\\.[A-Za-z_][A-Za-z0-9_.]{0,100}");

  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)^(?:\\$\\{\\{.{0,300}\\}\\}|\\$\\{[^}]{0,200}\\}|\\$[A-Za-z_][A-Za-z0-9_]{0,100}|<[^<>]{0,100}>"
          + "|\\{\\{.{0,300}\\}\\}|%[A-Za-z_][A-Za-z0-9_]{0,100}%|#\\{[^}]{0,200}\\}|\\$\\([^)]{0,200}\\))$");

  static final Set<String> PLACEHOLDER_WORDS = Set.of(
      "changeme", "change-me", "change_me", "example", "xxx", "dummy", "fake", "sample", "placeholder", "redacted",
      "replace_me", "replaceme", "todo", "tbd", "none", "null", "nil", "undefined", "secret", "password", "passwd",
      "token", "your-token", "your_token", "yourtoken", "mysecret", "my-secret", "my_secret", "test", "testing",
      "foo", "bar", "baz", "foobar", "admin", "root", "postgres", "mysql", "guest", "user", "pass", "local", "dev",
      "development", "default", "empty", "required", "optional", "true", "false", "yes", "no", "on", "off",
      "example-password", "your-password", "your_password", "password123", "secret123", "supersecret", "s3cr3t",
      "hunter2", "letmein", "password1", "passw0rd", "p4ssw0rd", "p@ssw0rd", "keycloak", "rabbitmq", "minio", "minioadmin", "redis", "mongo", "app", "docker",
      "github", "gitlab", "ci", "test-token", "test_token", "testtoken", "testpassword", "test-password",
      "disabled", "enabled", "unset", "blank", "random", "generated", "auto", "secure", "insecure");

  /** Parts of values that are examples, not secrets, in lower case. */
  private static final AsciiWords EXAMPLE_PARTS = AsciiWords.of("example", "xxxx", "****", "0000000000", "1234567890",
      "abcdefgh", "placeholder", "redacted", "dummy", "fake");

  /** Whether a value is a reference or a stand-in rather than a real value. */
  static boolean isPlaceholder(String value) {
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      return true;
    }
    if (mayBePlaceholderSyntax(trimmed.charAt(0)) && PLACEHOLDER.matcher(trimmed).matches()
        || mayBeReference(trimmed) && REFERENCE.matcher(trimmed).matches()) {
      return true;
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (PLACEHOLDER_WORDS.contains(lower) || fillerRun(lower)) {
      return true;
    }
    return lower.startsWith("your") || lower.startsWith("<") || lower.startsWith("replace")
        || lower.contains("replace-me") || lower.contains("replace_me") || lower.contains("change-me")
        || lower.contains("changeme") || lower.contains("change_me") || lower.startsWith("${") || lower.startsWith("$(")
        || lower.contains("${{") || lower.startsWith("{{") || lower.startsWith("env.") || lower.startsWith("secrets.")
        || lower.startsWith("vault:") || lower.startsWith("op://") || lower.startsWith("arn:") || lower.startsWith("sm://")
        || lower.startsWith("file:") || lower.startsWith("/run/secrets/") || lower.startsWith("/");
  }

  /** Whether {@link #PLACEHOLDER} can match a value that starts with this character: every form starts with one. */
  private static boolean mayBePlaceholderSyntax(char first) {
    return first == '$' || first == '<' || first == '{' || first == '%' || first == '#';
  }

  /**
   * Whether {@link #REFERENCE} can match the whole value: it starts with the first letter of one of its roots
   * ({@code process}, {@code os}, {@code import}, {@code env}, {@code ENV}, {@code settings}, {@code config},
   * {@code secrets}, {@code vars}, {@code inputs}, {@code params}, {@code props}, {@code self}, {@code this},
   * {@code values}, {@code Values}) and holds a dot.
   */
  private static boolean mayBeReference(String value) {
    switch (value.charAt(0)) {
      case 'p': case 'o': case 'i': case 'e': case 'E': case 's': case 'c': case 'v': case 't': case 'V':
        return value.indexOf('.') > 0;
      default:
        return false;
    }
  }

  /** Whether a value is {@code x{3,}|\*{3,}|\.{3,}|-+|_+|#+|0+|1+}: one filler character repeated. */
  private static boolean fillerRun(String lower) {
    if (lower.isEmpty()) {
      return false;
    }
    char first = lower.charAt(0);
    int minimum;
    switch (first) {
      case 'x': case '*': case '.':
        minimum = 3;
        break;
      case '-': case '_': case '#': case '0': case '1':
        minimum = 1;
        break;
      default:
        return false;
    }
    for (int i = 1; i < lower.length(); i++) {
      if (lower.charAt(i) != first) {
        return false;
      }
    }
    return lower.length() >= minimum;
  }

  /** Whether every character is one of {@code [A-Za-z0-9+/=_-]} (and there is at least one). */
  private static boolean tokenChars(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!tokenChar(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean tokenChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/'
        || c == '=' || c == '_' || c == '-';
  }

  /** Whether every character is a hexadecimal digit (and there is at least one). */
  static boolean hexChars(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /** Whether every character is an ASCII digit (and there is at least one). */
  private static boolean digits(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether a value holds an ASCII digit and an ASCII letter (callers have ruled out line terminators). */
  private static boolean hasDigitAndLetter(String value) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      digit |= c >= '0' && c <= '9';
      letter |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return digit && letter;
  }

  /** {@code (?i)true|false} as matches() has it: ASCII letters in any case. */
  private static boolean booleanWord(String value) {
    return asciiEqualsIgnoreCase(value, "true") || asciiEqualsIgnoreCase(value, "false");
  }

  private static boolean asciiEqualsIgnoreCase(String value, String lower) {
    if (value.length() != lower.length()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern DOLLAR_NAME = Pattern.compile(".*\\$[A-Za-z_].*");
  private static final Pattern SECRET_FILE_NAME =
      Pattern.compile("[\\w.-]{1,80}\\.(txt|json|pem|key|crt|env|yml|yaml|properties|p12|jks|gpg|asc)");

  static boolean literalSecretValue(String value) {
    if (value.length() < 6 || value.length() > 500 || isPlaceholder(value) || looksLikeExample(value)) {
      return false;
    }
    if (!credentialText(value)) {
      return false;
    }
    if (value.contains("$") && (value.contains("${") || DOLLAR_NAME.matcher(value).matches())) {
      return false;
    }
    // A value that starts with another separator is syntax (a '::' workflow command, ':=' in a script).
    if (value.startsWith(":") || value.startsWith("=")) {
      return false;
    }
    if (value.contains(" ") || digits(value) || booleanWord(value)) {
      return false;
    }
    // A file name, path or URL without credentials names where a secret lives, not the secret itself.
    if (value.indexOf('.') > 0 && SECRET_FILE_NAME.matcher(value).matches()
        || value.startsWith("http://") || value.startsWith("https://") || value.startsWith("./")) {
      return false;
    }
    return !value.contains("(") && !value.contains("{{");
  }

  /**
   * Whether a literal can be a credential at all, before its strength is judged: printable ASCII (a value in another
   * script, or with accents, is words of a translation), not a reference ({@code #/components/...}, a
   * {@code %s} format, an {@code UPPER_SNAKE} variable name), and not a stand-in that starts with {@code test} or
   * {@code dev} ({@code test-secret}, {@code devpassword}).
   */
  private static boolean credentialText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    if (value.startsWith("#/") || value.startsWith("#!") || upperSnake(value)) {
      return false;
    }
    int percent = value.indexOf('%');
    if (percent >= 0 && percent + 1 < value.length() && "sdvfqx(".indexOf(value.charAt(percent + 1)) >= 0) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    return !(lower.startsWith("test") || lower.startsWith("dev") || lower.startsWith("not_")
        || lower.startsWith("not-") || lower.startsWith("unused") || lower.startsWith("insecure"));
  }

  static boolean looksLikeExample(String value) {
    return EXAMPLE_PARTS.inLowerCase(value, 0, value.length());
  }

  /**
   * Whether a literal looks like a credential rather than a word or a local default: at least 8 characters, at
   * least 3 bits of entropy per character, and more than one kind of character besides separators (lower case,
   * upper case, digits, symbols). {@code I6EGNzRESu3X} is; {@code k3str4}, {@code rootsecretpassword} and
   * {@code gitea-webhook-secret} are not.
   */
  static boolean credentialShaped(String value) {
    if (value.length() < 8 || entropy(value) < 3.0) {
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '-' && c != '_' && c != '.') {
        symbol = true;
      }
    }
    int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    return kinds >= 2;
  }

  /** {@code [A-Z][A-Z0-9_]*} with an underscore: the name of a variable, not its value. */
  private static boolean upperSnake(String value) {
    boolean underscore = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '_') {
        underscore = true;
      } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0)) {
        return false;
      }
    }
    return underscore;
  }

  static boolean highEntropyToken(String key, String value) {
    // The tests are independent, so the cheap ones come first.
    if (value.length() < 20 || value.length() > 200) {
      return false;
    }
    if (key != null && !key.isEmpty() && SecretNames.hashyNameDashed(key) && !SecretNames.sensitiveName(key)) {
      return false;
    }
    boolean hex = hexChars(value);
    if (!hex && (!tokenChars(value) || !hasDigitAndLetter(value))) {
      return false;
    }
    if (isPlaceholder(value) || looksLikeExample(value)) {
      return false;
    }
    if (hex) {
      // Commit SHAs and SHA-256 digests are everywhere in CI files; only secret-looking keys make them secrets.
      if ((value.length() == 40 || value.length() == 64) && !SecretNames.sensitiveName(key)) {
        return false;
      }
      return entropy(value) > 3.0 && sensitiveOrNeutral(key);
    }
    if (!tokenChars(value) || !hasDigitAndLetter(value)) {
      return false;
    }
    // Most tokens are turned down by their entropy, the cheapest of the remaining (independent) tests.
    if (entropy(value) <= 4.5 || resourcePath(value) || base64OfText(value)) {
      return false;
    }
    return sensitiveOrNeutral(key);
  }

  /** A resource name such as {@code projects/123/locations/global/pools/gh}: mostly words between slashes. */
  private static boolean resourcePath(String value) {
    String[] segments = value.split("/", -1);
    if (segments.length < 4) {
      return false;
    }
    int words = 0;
    for (String segment : segments) {
      if (segment.length() >= 2 && segment.chars().allMatch(Character::isLetter)) {
        words++;
      }
    }
    return words * 2 >= segments.length;
  }

  /** Base64 that decodes to readable text (a sentence, a JSON document) is data, not a credential. */
  private static boolean base64OfText(String value) {
    byte[] decoded;
    try {
      String padded = value.replace('-', '+').replace('_', '/');
      while (padded.length() % 4 != 0) {
        padded += "=";
      }
      decoded = java.util.Base64.getDecoder().decode(padded);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (decoded.length < 8) {
      return false;
    }
    boolean spaceOrJson = false;
    for (byte b : decoded) {
      if (b == ' ' || b == '{' || b == '"') {
        spaceOrJson = true;
      } else if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t') || b == 0x7f) {
        return false;
      }
    }
    String text = new String(decoded, java.nio.charset.StandardCharsets.UTF_8);
    return spaceOrJson && !text.contains("\uFFFD");
  }

  private static boolean sensitiveOrNeutral(String key) {
    return key == null || key.isEmpty() || SecretNames.sensitiveName(key) || !SecretNames.hashyName(key);
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String value) {
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double entropy = 0;
    double length = value.length();
    for (int count : counts) {
      if (count > 0) {
        double p = count / length;
        entropy -= p * (Math.log(p) / Math.log(2));
      }
    }
    if (other > 0) {
      double p = other / length;
      entropy -= p * (Math.log(p) / Math.log(2));
    }
    return entropy;
  }
}
