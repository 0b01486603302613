package dev.devopskit.docker.dockerfile;

import java.util.Objects;

/**
 * One {@code name=value} of ENV or LABEL, the value as written (quotes and escapes kept, so that it is written
 * back unchanged).
 *
 * @param key the name
 * @param value the value as written
 */
public record KeyValue(String key, String value) {

  /** Validates the key. */
  public KeyValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("an ENV or LABEL name must not be empty: write NAME=value");
    }
  }

  /** A pair whose value is plain text: quoted when it needs quotes. */
  public static KeyValue of(String key, String value) {
    boolean plain = !value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"'
        || c == '\'' || c == '\\' || c == '$' || c == '`');
    return new KeyValue(key, plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
        .replace("$", "\\$") + "\"");
  }

  /** The value with one level of quoting removed ({@code "a b"} gives {@code a b}). */
  public String unquotedValue() {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < value.length()) {
          out.append(value.charAt(++i));
        } else {
          out.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\\' && i + 1 < value.length()) {
        out.append(value.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The pair with the value masked when the name looks like a secret or the value holds one. */
  @Override
  public String toString() {
    boolean secret = dev.devopskit.core.secret.SecretScanner.sensitiveName(key)
        || dev.devopskit.core.secret.SecretScanner.defaults().scanValue(key, value).isPresent();
    return key + "=" + (secret ? "****" : value);
  }
}
