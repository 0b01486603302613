package dev.devopskit.docker.internal.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first JSON value of a text when it is an array, as Go's JSON decoder does for the exec form: text
 * after the array is ignored, invalid JSON gives {@code null} (the caller falls back to the shell form).
 */
final class JsonArray {
  /** The array's items when all are strings, with their start offsets. */
  record Parsed(List<String> values, List<Integer> starts, boolean allStrings) {}

  private final String text;
  private int pos;
  private boolean allStrings = true;
  private final List<String> values = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();

  private JsonArray(String text) {
    this.text = text;
  }

  static Parsed parse(String text) {
    JsonArray reader = new JsonArray(text);
    try {
      reader.skipSpace();
      reader.topArray();
      return new Parsed(reader.values, reader.starts, reader.allStrings);
    } catch (IllegalStateException e) {
      return null;
    }
  }

  private void topArray() {
    expect('[');
    skipSpace();
    if (peek() == ']') {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      int start = pos;
      if (peek() == '"') {
        values.add(string());
        starts.add(start);
      } else {
        allStrings = false;
        value(1);
      }
      skipSpace();
      char c = next();
      if (c == ']') {
        return;
      }
      if (c != ',') {
        throw new IllegalStateException();
      }
    }
  }

  private void value(int depth) {
    if (depth > 200) {
      throw new IllegalStateException();
    }
    skipSpace();
    char c = peek();
    if (c == '"') {
      string();
    } else if (c == '[' || c == '{') {
      char close = c == '[' ? ']' : '}';
      pos++;
      skipSpace();
      if (peek() == close) {
        pos++;
        return;
      }
      while (true) {
        if (close == '}') {
          skipSpace();
          string();
          skipSpace();
          expect(':');
        }
        value(depth + 1);
        skipSpace();
        char n = next();
        if (n == close) {
          return;
        }
        if (n != ',') {
          throw new IllegalStateException();
        }
      }
    } else if (text.startsWith("true", pos)) {
      pos += 4;
    } else if (text.startsWith("false", pos)) {
      pos += 5;
    } else if (text.startsWith("null", pos)) {
      pos += 4;
    } else if (c == '-' || Character.isDigit(c)) {
      int start = pos;
      while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      try {
        Double.parseDouble(text.substring(start, pos));
      } catch (NumberFormatException e) {
        throw new IllegalStateException();
      }
    } else {
      throw new IllegalStateException();
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new IllegalStateException();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw new IllegalStateException();
          }
          try {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw new IllegalStateException();
          }
          pos += 4;
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  private void skipSpace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw new IllegalStateException();
    }
    return text.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalStateException();
    }
  }
}
