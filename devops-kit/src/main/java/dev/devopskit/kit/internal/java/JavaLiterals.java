package dev.devopskit.kit.internal.java;

/**
 * Java literals for values: string literals escaped so that any text survives the compiler (quotes, backslashes,
 * control characters, non-ASCII as {@code \}{@code uXXXX} so the source is ASCII whatever the reader's encoding),
 * and text blocks for multi-line scripts where the text block gives back exactly the same string.
 */
public final class JavaLiterals {
  /** Characters with a short escape in a string literal, and the letter of that escape. */
  private static final String SPECIAL = "\"\\\n\r\t";
  private static final String SPECIAL_ESCAPES = "\"\\nrt";

  private JavaLiterals() {}

  /** A string literal, or a text block when the text has several lines and one can hold it exactly. */
  public static String string(String text) {
    return isTextBlockSafe(text) ? textBlock(text) : quoted(text);
  }

  /** A quoted string literal. */
  public static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int special = SPECIAL.indexOf(c);
      if (special >= 0) {
        out.append('\\').append(SPECIAL_ESCAPES.charAt(special));
      } else {
        escape(c, out);
      }
    }
    return out.append('"').toString();
  }

  /**
   * Whether a text block reads back as exactly this text: several lines ending with a line break (so the closing
   * delimiter fixes the indentation to strip), no carriage returns or other control characters but tabs.
   */
  static boolean isTextBlockSafe(String text) {
    if (!text.endsWith("\n") || text.indexOf('\n') == text.length() - 1) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * A text block whose lines start at column 0: the caller indents every non-empty line, closing delimiter
   * included, and the compiler strips that indentation again. Trailing white space, which the compiler would strip,
   * is kept by writing its last character as an escape.
   */
  static String textBlock(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16).append("\"\"\"\n");
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    for (String line : lines) {
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        switch (c) {
          case '\\' -> body.append("\\\\");
          case '"' -> body.append(endsWithTwoQuotes(body) ? "\\\"" : "\"");
          case '\t' -> body.append(i == line.length() - 1 ? "\\t" : "\t");
          case ' ' -> body.append(i == line.length() - 1 ? "\\s" : " ");
          default -> escape(c, body);
        }
      }
      out.append(body).append('\n');
    }
    return out.append("\"\"\"").toString();
  }

  private static boolean endsWithTwoQuotes(StringBuilder body) {
    int n = body.length();
    return n >= 2 && body.charAt(n - 1) == '"' && body.charAt(n - 2) == '"'
        && (n < 3 || body.charAt(n - 3) != '\\');
  }

  private static void escape(char c, StringBuilder out) {
    if (c < 0x20 || c == 0x7f) {
      out.append(String.format("\\%03o", (int) c));
    } else if (c > 0x7e) {
      out.append(String.format("\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }

  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("abstract", "assert", "boolean", "break",
      "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
      "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
      "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
      "void", "volatile", "while", "true", "false", "null", "_", "var", "yield", "record");

  /** Whether a text is a Java identifier that is no keyword or literal (nor {@code var}, {@code record}...). */
  public static boolean isName(String text) {
    if (text.isEmpty() || KEYWORDS.contains(text) || !Character.isJavaIdentifierStart(text.charAt(0))) {
      return false;
    }
    return text.chars().allMatch(Character::isJavaIdentifierPart);
  }
}
