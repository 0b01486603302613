package dev.devopskit.core.yaml;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.source.Span;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A scalar: its text, the kind YAML 1.2's core schema resolves it to, and how it was written.
 *
 * <p>Two scalars are equal when they mean the same: {@code 10} and {@code 0xA} are equal integers, {@code ~}
 * and an empty value are equal nulls, and {@code "x"} equals {@code x}. Strings compare by text.
 */
public final class YamlScalar extends YamlNode {
  /** The core schema's patterns, compiled only when asked for: the reader resolves scalars without them. */
  private static final class Patterns {
    static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
    static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    static final Pattern INT_DEC = Pattern.compile("[-+]?[0-9]+");
    static final Pattern INT_OCT = Pattern.compile("0o[0-7]+");
    static final Pattern INT_HEX = Pattern.compile("0x[0-9a-fA-F]+");
    static final Pattern FLOAT = Pattern.compile(
        "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    /** Numbers that YAML 1.1 readers (PyYAML, SnakeYAML) read as the same number as YAML 1.2's core schema. */
    static final Pattern PORTABLE = Pattern.compile("[-+]?(0|[1-9][0-9]*)|0x[0-9a-fA-F]+"
        + "|[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+][0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private Patterns() {}
  }

  /** What a scalar means under YAML 1.2's core schema. */
  public enum Kind { STRING, BOOLEAN, INTEGER, FLOAT, NULL }

  /** How a scalar was written in the file. */
  public enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

  private final String value;
  private final Kind kind;
  private final Style style;

  private YamlScalar(String value, Kind kind, Style style, Span span, String tag) {
    super(span, tag);
    this.value = Objects.requireNonNull(value, "value");
    this.kind = kind;
    this.style = style;
  }

  /** A string. */
  public static YamlScalar string(String value) {
    return new YamlScalar(value, Kind.STRING, Style.PLAIN, null, null);
  }

  /** A boolean. */
  public static YamlScalar bool(boolean value) {
    return new YamlScalar(String.valueOf(value), Kind.BOOLEAN, Style.PLAIN, null, null);
  }

  /** An integer. */
  public static YamlScalar integer(long value) {
    return new YamlScalar(String.valueOf(value), Kind.INTEGER, Style.PLAIN, null, null);
  }

  /** A number written as given ({@code 1.5}, {@code 3}); integers and floats are told apart by the text. */
  public static YamlScalar number(String text) {
    Kind kind = resolvePlain(text);
    if (kind != Kind.INTEGER && kind != Kind.FLOAT) {
      throw new IllegalArgumentException("'" + text + "' is not a YAML number");
    }
    return new YamlScalar(text, kind, Style.PLAIN, null, null);
  }

  /** The null scalar. */
  public static YamlScalar nullValue() {
    return new YamlScalar("", Kind.NULL, Style.PLAIN, null, null);
  }

  /** A scalar as read from a file (used by the reader). */
  public static YamlScalar read(String value, Kind kind, Style style, Span span, String tag) {
    return new YamlScalar(value, kind, style, span, tag);
  }

  /** The kind a plain (unquoted) scalar with this text resolves to under YAML 1.2's core schema. */
  public static Kind resolvePlain(String text) {
    if (text.isEmpty()) {
      return Kind.NULL;
    }
    // The first character tells which of the schema's few forms the text could take: most plain scalars (keys,
    // words, commands) are strings that need no pattern at all.
    switch (text.charAt(0)) {
      case 'n', 'N', '~':
        return text.equals("null") || text.equals("Null") || text.equals("NULL") || text.equals("~")
            ? Kind.NULL : Kind.STRING;
      case 't', 'T', 'f', 'F':
        return text.equals("true") || text.equals("True") || text.equals("TRUE") || text.equals("false")
            || text.equals("False") || text.equals("FALSE") ? Kind.BOOLEAN : Kind.STRING;
      case '+', '-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
        return resolveNumber(text);
      default:
        return Kind.STRING;
    }
  }

  /**
   * The kind of a text that starts like a number, read in one pass by the schema's int and float forms (the
   * patterns of {@link #resolveByPatterns}): versions, ports and counts are common plain scalars, and a cold run
   * pays dearly for each regular expression it runs.
   */
  private static Kind resolveNumber(String text) {
    int n = text.length();
    if (n >= 2 && text.charAt(0) == '0' && (text.charAt(1) == 'o' || text.charAt(1) == 'x')) {
      // 0o17 or 0x1F: nothing else can start so
      boolean hex = text.charAt(1) == 'x';
      for (int i = 2; i < n; i++) {
        char c = text.charAt(i);
        if (!(hex ? isHexDigit(c) : c >= '0' && c <= '7')) {
          return Kind.STRING;
        }
      }
      return n > 2 ? Kind.INTEGER : Kind.STRING;
    }
    int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
    if (isAnyOf(text, i, ".inf", ".Inf", ".INF") || i == 0 && isAnyOf(text, 0, ".nan", ".NaN", ".NAN")) {
      return Kind.FLOAT;
    }
    int wholeDigits = digitsAt(text, i);
    i += wholeDigits;
    if (i == n) {
      return wholeDigits > 0 ? Kind.INTEGER : Kind.STRING;
    }
    boolean fraction = false;
    if (text.charAt(i) == '.') {
      i++;
      int fractionDigits = digitsAt(text, i);
      i += fractionDigits;
      fraction = fractionDigits > 0;
    }
    if (wholeDigits == 0 && !fraction) {
      return Kind.STRING;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = digitsAt(text, i);
      i += exponentDigits;
      if (exponentDigits == 0) {
        return Kind.STRING;
      }
    }
    return i == n ? Kind.FLOAT : Kind.STRING;
  }

  private static boolean isHexDigit(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /** How many ASCII digits follow from {@code from}. */
  private static int digitsAt(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /** Whether the text from {@code from} to its end is one of the words. */
  private static boolean isAnyOf(String text, int from, String... words) {
    for (String word : words) {
      if (text.length() - from == word.length() && text.startsWith(word, from)) {
        return true;
      }
    }
    return false;
  }

  /** The kind by the schema's patterns alone, tried in order; {@link #resolvePlain} gives the same, faster. */
  static Kind resolveByPatterns(String text) {
    if (Patterns.NULL.matcher(text).matches()) {
      return Kind.NULL;
    }
    if (Patterns.BOOL.matcher(text).matches()) {
      return Kind.BOOLEAN;
    }
    if (Patterns.INT_DEC.matcher(text).matches() || Patterns.INT_OCT.matcher(text).matches()
        || Patterns.INT_HEX.matcher(text).matches()) {
      return Kind.INTEGER;
    }
    if (Patterns.FLOAT.matcher(text).matches()) {
      return Kind.FLOAT;
    }
    return Kind.STRING;
  }

  /** The text as written (without quotes). */
  public String value() {
    return value;
  }

  /** What the scalar means. */
  public Kind kind() {
    return kind;
  }

  /** How it was written. */
  public Style style() {
    return style;
  }

  /** The boolean, if this is one. */
  public Optional<Boolean> asBoolean() {
    return kind == Kind.BOOLEAN ? Optional.of(value.equalsIgnoreCase("true")) : Optional.empty();
  }

  /** The integer, if this is one that fits a long. */
  public Optional<Long> asLong() {
    if (kind != Kind.INTEGER) {
      return Optional.empty();
    }
    try {
      return Optional.of(integerValue().longValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private BigInteger integerValue() {
    String text = value.startsWith("+") ? value.substring(1) : value;
    if (text.startsWith("0x")) {
      return new BigInteger(text.substring(2), 16);
    }
    if (text.startsWith("0o")) {
      return new BigInteger(text.substring(2), 8);
    }
    return new BigInteger(text);
  }

  /**
   * The text a tool that takes this scalar as a string gets, as GitHub Actions does for {@code env} and {@code with}
   * and compose for {@code environment}: a string as written, a boolean {@code true} or {@code false}, a number the
   * shortest decimal of its value ({@code 20.10} gives {@code 20.1}, {@code 0x1F} gives {@code 31}, {@code 1e3}
   * gives {@code 1000}; infinity and not-a-number their YAML spellings {@code .inf}, {@code -.inf}, {@code .nan}),
   * null the empty string.
   */
  public String asText() {
    switch (kind) {
      case NULL:
        return "";
      case BOOLEAN:
        return asBoolean().orElseThrow() ? "true" : "false";
      case INTEGER:
        return integerValue().toString();
      case FLOAT:
        return special().orElseGet(() -> decimalText(decimalValue(), false));
      default:
        return value;
    }
  }

  /** Whether a text is a number that {@link #asText()} gives back unchanged ({@code 20.1}, but not {@code 20.10}). */
  public static boolean isCanonicalNumber(String text) {
    Kind kind = resolvePlain(text);
    return (kind == Kind.INTEGER || kind == Kind.FLOAT)
        && new YamlScalar(text, kind, Style.PLAIN, null, null).asText().equals(text);
  }

  /**
   * Whether a plain text is a number that YAML 1.1 readers read as the same number as YAML 1.2 ones ({@code 20.10},
   * {@code 0x1F}; not {@code 010}, octal 8 to YAML 1.1, nor {@code 1e3}, a string to PyYAML): such a text can be
   * printed as it is.
   */
  public static boolean isPortableNumber(String text) {
    Kind kind = resolvePlain(text);
    return (kind == Kind.INTEGER || kind == Kind.FLOAT) && Patterns.PORTABLE.matcher(text).matches();
  }

  /**
   * The text to print this number as: as written when YAML 1.1 readers read it as the same number as YAML 1.2 ones,
   * else the canonical spelling of its value ({@code 0o17} is {@code 15}, {@code 010} is {@code 10} since YAML 1.1
   * reads it as octal 8, {@code 1e3} is {@code 1000.0}).
   */
  String portableText() {
    if (Patterns.PORTABLE.matcher(value).matches()) {
      return value;
    }
    if (kind == Kind.INTEGER) {
      return integerValue().toString();
    }
    return special().orElseGet(() -> decimalText(decimalValue(), true));
  }

  private Optional<String> special() {
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("nan")) {
      return Optional.of(".nan");
    }
    if (lower.endsWith("inf")) {
      return Optional.of(value.startsWith("-") ? "-.inf" : ".inf");
    }
    return Optional.empty();
  }

  private BigDecimal decimalValue() {
    return new BigDecimal(value.startsWith(".") || value.startsWith("-.") || value.startsWith("+.")
        ? value.replaceFirst("\\.", "0.") : value);
  }

  /**
   * A decimal in the shortest form both YAML versions read as that number: plain up to 21 characters, else with a
   * mantissa that has a point and an exponent with a sign; {@code asFloat} keeps a point in whole numbers.
   */
  private static String decimalText(BigDecimal decimal, boolean asFloat) {
    BigDecimal stripped = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    String plain = stripped.toPlainString();
    if (plain.length() <= 21) {
      return asFloat && plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }
    String digits = stripped.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - stripped.scale();
    String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
    return (stripped.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
  }

  private Object canonical() {
    switch (kind) {
      case NULL:
        return Kind.NULL;
      case BOOLEAN:
        return asBoolean().orElseThrow();
      case INTEGER:
        return integerValue();
      case FLOAT:
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("inf") || lower.contains("nan")) {
          return lower.replace("+", "");
        }
        return decimalValue().stripTrailingZeros();
      default:
        return value;
    }
  }

  @Override
  public String kindName() {
    return kind == Kind.STRING ? "string" : kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof YamlScalar)) {
      return false;
    }
    YamlScalar other = (YamlScalar) o;
    return kind == other.kind && canonical().equals(other.canonical()) && tag().equals(other.tag());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, canonical());
  }

  @Override
  public String toString() {
    return shown("");
  }

  /** The scalar as {@code toString()} shows it under a key: any secret in it (or that the key makes one) redacted. */
  String shown(String key) {
    if (kind == Kind.NULL) {
      return "null";
    }
    String text = Redaction.redactValue(key, value);
    return kind == Kind.STRING ? "\"" + text + "\"" : text;
  }
}
