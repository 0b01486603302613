package dev.devopskit.core.yaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a YAML tree in the house style: block collections, two-space indent, sequences indented under their key,
 * strings quoted only where YAML needs it (and always where a YAML 1.1 reader would take them for something else),
 * numbers as written where YAML 1.1 and 1.2 read the same number from that text (else as their value), multi-line
 * strings as literal blocks, no line folding, {@code \n} line ends.
 */
final class YamlEmitter {
  /** Plain words that YAML 1.1 readers (PyYAML, SnakeYAML 1.x, Psych) resolve to booleans or null. */
  private static final Set<String> YAML11_WORDS = Set.of(
      "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
      "true", "True", "TRUE", "false", "False", "FALSE",
      "on", "On", "ON", "off", "Off", "OFF",
      "null", "Null", "NULL", "~", "=", "<<");
  private static final Pattern YAML11_NUMBER = Pattern.compile(
      "[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)"
          + "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
          + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)"
          + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt ].*)?");
  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder();
  private final YamlWriteOptions options;

  private YamlEmitter(YamlWriteOptions options) {
    this.options = options;
  }

  /** The text of a tree. */
  public static String write(YamlNode root, YamlWriteOptions options) {
    YamlEmitter emitter = new YamlEmitter(options);
    options.header().ifPresent(emitter::header);
    emitter.document(root);
    return emitter.out.toString();
  }

  private void header(String text) {
    for (String line : text.split("\n", -1)) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    out.append('\n');
  }

  private void document(YamlNode root) {
    if (root instanceof YamlMapping && !((YamlMapping) root).isEmpty()) {
      mapping((YamlMapping) root, 0, true);
    } else if (root instanceof YamlSequence && ((YamlSequence) root).size() > 0) {
      sequence((YamlSequence) root, 0);
    } else {
      out.append(inline(root)).append('\n');
    }
  }

  private void mapping(YamlMapping mapping, int level, boolean top) {
    boolean first = true;
    for (YamlMapping.Entry entry : mapping.entries()) {
      YamlNode value = entry.value();
      if (top && options.blankLinesBetweenTopLevelKeys() && !first && isBlock(value)) {
        out.append('\n');
      }
      first = false;
      indent(level);
      out.append(top ? key(entry.name()) : nestedKey(entry.name())).append(':');
      value(value, level);
    }
  }

  private void sequence(YamlSequence sequence, int level) {
    for (YamlNode item : sequence.items()) {
      indent(level);
      out.append('-');
      if (item instanceof YamlMapping && !((YamlMapping) item).isEmpty()) {
        out.append(' ');
        tag(item);
        YamlMapping mapping = (YamlMapping) item;
        boolean first = true;
        for (YamlMapping.Entry entry : mapping.entries()) {
          if (!first) {
            indent(level + 1);
          }
          first = false;
          out.append(nestedKey(entry.name())).append(':');
          value(entry.value(), level + 1);
        }
      } else if (item instanceof YamlSequence && ((YamlSequence) item).size() > 0) {
        out.append('\n');
        sequence((YamlSequence) item, level + 1);
      } else {
        scalarOrEmpty(item, level + 1, " ");
      }
    }
  }

  private void value(YamlNode value, int level) {
    if (value instanceof YamlMapping && !((YamlMapping) value).isEmpty()) {
      tagAfterKey(value);
      out.append('\n');
      mapping((YamlMapping) value, level + 1, false);
    } else if (value instanceof YamlSequence && ((YamlSequence) value).size() > 0) {
      tagAfterKey(value);
      out.append('\n');
      sequence((YamlSequence) value, level + 1);
    } else if (value.isNull() && value.tag().isEmpty()) {
      out.append('\n');
    } else {
      scalarOrEmpty(value, level + 1, " ");
    }
  }

  private void tagAfterKey(YamlNode node) {
    node.tag().ifPresent(t -> out.append(' ').append(tagText(t)));
  }

  private void tag(YamlNode node) {
    node.tag().ifPresent(t -> out.append(tagText(t)).append(' '));
  }

  private static String tagText(String tag) {
    return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
  }

  private void scalarOrEmpty(YamlNode node, int level, String separator) {
    out.append(separator);
    node.tag().ifPresent(t -> out.append(tagText(t)).append(' '));
    if (node instanceof YamlScalar && blockCandidate((YamlScalar) node)) {
      literal(((YamlScalar) node).value(), level);
      return;
    }
    out.append(inline(node)).append('\n');
  }

  private static boolean isBlock(YamlNode node) {
    return (node instanceof YamlMapping && !((YamlMapping) node).isEmpty())
        || (node instanceof YamlSequence && ((YamlSequence) node).size() > 0);
  }

  private String inline(YamlNode node) {
    if (node instanceof YamlMapping) {
      return "{}";
    }
    if (node instanceof YamlSequence) {
      return "[]";
    }
    YamlScalar scalar = (YamlScalar) node;
    switch (scalar.kind()) {
      case NULL:
        return "null";
      case BOOLEAN:
        return scalar.asBoolean().orElseThrow() ? "true" : "false";
      case INTEGER:
      case FLOAT:
        return scalar.portableText();
      default:
        return string(scalar.value());
    }
  }

  private void indent(int level) {
    for (int i = 0; i < level; i++) {
      out.append(INDENT);
    }
  }

  /** A mapping key: plain unless YAML's own syntax needs quotes (a key like {@code on} stays plain). */
  static String key(String key) {
    if (!key.isEmpty() && plainSyntaxAllowed(key) && !key.equals("<<")
        && YamlScalar.resolvePlain(key) == YamlScalar.Kind.STRING) {
      return key;
    }
    return quote(key);
  }

  /**
   * A key below the top level: as {@link #key}, and quoted where a YAML 1.1 reader would take it for a boolean
   * ({@code on}, {@code off}, {@code yes}, {@code no}, {@code y}, {@code n}): a compose label {@code on} stays the
   * string {@code on} for every reader. Only a document's top-level keys keep {@code on} plain, as workflows write it.
   */
  static String nestedKey(String key) {
    String plain = key(key);
    return plain.equals(key) && YAML_1_1_BOOLEANS.contains(key) ? quote(key) : plain;
  }

  private static final java.util.Set<String> YAML_1_1_BOOLEANS = java.util.Set.of("y", "Y", "n", "N", "yes", "Yes",
      "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF");

  /** A string value: plain when unambiguous for YAML 1.1 and 1.2 readers, else quoted. */
  static String string(String value) {
    if (needsNoQuotes(value)) {
      return value;
    }
    return quote(value);
  }

  static boolean needsNoQuotes(String value) {
    return !value.isEmpty()
        && plainSyntaxAllowed(value)
        && YamlScalar.resolvePlain(value) == YamlScalar.Kind.STRING
        && !YAML11_WORDS.contains(value)
        && !YAML11_NUMBER.matcher(value).matches();
  }

  private static boolean plainSyntaxAllowed(String value) {
    char first = value.charAt(0);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
      boolean dashOk = (first == '-' || first == '?' || first == ':') && value.length() > 1
          && value.charAt(1) != ' ' && first != '?' && first != ':';
      if (!dashOk) {
        return false;
      }
    }
    if (value.startsWith("---") || value.startsWith("...")) {
      return false;
    }
    if (Character.isWhitespace(first) || Character.isWhitespace(value.charAt(value.length() - 1))) {
      return false;
    }
    if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\uFEFF' || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029'
          || Character.isSurrogate(c) && !validSurrogate(value, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean validSurrogate(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }

  private static String quote(String value) {
    boolean single = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0xa0) || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
          || Character.isSurrogate(c) && !validSurrogate(value, i)) {
        single = false;
        break;
      }
    }
    if (single) {
      return "'" + value.replace("'", "''") + "'";
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          quoted.append("\\\"");
          break;
        case '\\':
          quoted.append("\\\\");
          break;
        case '\n':
          quoted.append("\\n");
          break;
        case '\t':
          quoted.append("\\t");
          break;
        case '\r':
          quoted.append("\\r");
          break;
        default:
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0xa0) || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
              || Character.isSurrogate(c) && !validSurrogate(value, i)) {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
      }
    }
    return quoted.append('"').toString();
  }

  /** Whether a string is best written as a literal block: it has line breaks and nothing a block cannot hold. */
  private static boolean blockCandidate(YamlScalar scalar) {
    String value = scalar.value();
    if (scalar.kind() != YamlScalar.Kind.STRING || value.indexOf('\n') < 0) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == '\r' || c == '\uFEFF' || c == '\u2028'
          || c == '\u2029' || (c >= 0x80 && c <= 0x9f) || Character.isSurrogate(c) && !validSurrogate(value, i)) {
        return false;
      }
    }
    String[] lines = value.split("\n", -1);
    // Leading lines of spaces only, a tab at a line start or a last line of spaces only confuse indentation.
    for (String line : lines) {
      if (line.startsWith("\t")) {
        return false;
      }
      if (!line.isEmpty() && line.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private void literal(String value, int level) {
    String body = value;
    String chomp;
    if (!body.endsWith("\n")) {
      chomp = "-";
    } else if (body.endsWith("\n\n") || body.equals("\n")) {
      chomp = "+";
    } else {
      chomp = "";
    }
    String[] lines = body.split("\n", -1);
    int count = body.endsWith("\n") ? lines.length - 1 : lines.length;
    String firstContent = "";
    for (int i = 0; i < count; i++) {
      if (!lines[i].isEmpty()) {
        firstContent = lines[i];
        break;
      }
    }
    String indicator = firstContent.startsWith(" ") ? String.valueOf(INDENT.length()) : "";
    out.append('|').append(indicator).append(chomp).append('\n');
    for (int i = 0; i < count; i++) {
      if (!lines[i].isEmpty()) {
        indent(level);
        out.append(lines[i]);
      }
      out.append('\n');
    }
  }
}
