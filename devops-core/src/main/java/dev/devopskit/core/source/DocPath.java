package dev.devopskit.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The path of an element inside a document, such as {@code jobs.build.steps[2].run}.
 *
 * <p>Segments are mapping keys or sequence indexes. Keys that are not plain identifiers are written in
 * brackets and double quotes: {@code services["my.db"].image}. A path names the same element whether the value
 * was built in Java or read from a file; when it came from a file, {@link SourceMap} turns it into a position.
 */
public final class DocPath implements Comparable<DocPath> {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-][A-Za-z0-9_$/-]*");
  private static final DocPath ROOT = new DocPath(List.of());

  /**
   * The path this one extends by {@link #last}, or null when the segments were given whole. Readers make a path for
   * every value they read but look at few of them, so a longer path only points at its parent, and its list of
   * segments is built when first asked for.
   */
  private final DocPath parent;
  private final Object last;
  private final int size;
  /** The segments when they were given whole, else null. */
  private final List<Object> given;
  /**
   * The segments of a path made by extension, or null until first needed. The list is immutable with final fields,
   * so two threads that race to build it each see a whole list, and either may be kept.
   */
  private List<Object> built;

  private DocPath(List<Object> segments) {
    this.parent = null;
    this.last = null;
    this.size = segments.size();
    this.given = segments;
  }

  private DocPath(DocPath parent, Object last) {
    this.parent = parent;
    this.last = last;
    this.size = parent.size + 1;
    this.given = null;
  }

  /** The path of the document itself. */
  public static DocPath root() {
    return ROOT;
  }

  /** A path of keys: {@code DocPath.of("jobs", "build")}. */
  public static DocPath of(String... keys) {
    DocPath path = ROOT;
    for (String key : keys) {
      path = path.key(key);
    }
    return path;
  }

  /**
   * Parses the textual form, for example {@code jobs.build.steps[2].run} or {@code env["A.B"]}.
   *
   * @throws IllegalArgumentException when the text is not a path, with the offending column
   */
  public static DocPath parse(String text) {
    List<Object> segments = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.') {
        if (i == 0 || i + 1 >= n) {
          throw new IllegalArgumentException("document path '" + text + "' has a stray '.' at column " + (i + 1));
        }
        i++;
      } else if (c == '[') {
        int close = text.indexOf(']', i);
        if (i + 1 < n && text.charAt(i + 1) == '"') {
          int endQuote = findClosingQuote(text, i + 2);
          if (endQuote < 0 || endQuote + 1 >= n || text.charAt(endQuote + 1) != ']') {
            throw new IllegalArgumentException("document path '" + text + "' has an unclosed quoted key at column " + (i + 1));
          }
          segments.add(text.substring(i + 2, endQuote).replace("\\\"", "\"").replace("\\\\", "\\"));
          i = endQuote + 2;
        } else {
          if (close < 0) {
            throw new IllegalArgumentException("document path '" + text + "' has an unclosed '[' at column " + (i + 1));
          }
          try {
            segments.add(Integer.parseInt(text.substring(i + 1, close)));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "document path '" + text + "' needs an index or a quoted key in brackets at column " + (i + 1), e);
          }
          i = close + 1;
        }
      } else {
        int end = i;
        while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        segments.add(text.substring(i, end));
        i = end;
      }
    }
    return new DocPath(List.copyOf(segments));
  }

  private static int findClosingQuote(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  /** This path followed by a mapping key. */
  public DocPath key(String key) {
    Objects.requireNonNull(key, "key");
    return append(key);
  }

  /** This path followed by a sequence index. */
  public DocPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("a sequence index is 0 or more, got " + index);
    }
    return append(index);
  }

  private DocPath append(Object segment) {
    return new DocPath(this, segment);
  }

  /** The segments: {@link String} keys and {@link Integer} indexes. */
  public List<Object> segments() {
    if (given != null) {
      return given;
    }
    List<Object> list = built;
    if (list == null) {
      Object[] all = new Object[size];
      DocPath at = this;
      int i = size;
      while (at.given == null) {
        all[--i] = at.last;
        at = at.parent;
      }
      for (int j = 0; j < i; j++) {
        all[j] = at.given.get(j);
      }
      list = List.of(all);
      built = list;
    }
    return list;
  }

  /** The number of segments. */
  public int size() {
    return size;
  }

  /** Whether this is the document root. */
  public boolean isRoot() {
    return size == 0;
  }

  /** The path without its last segment; the root's parent is the root. */
  public DocPath parent() {
    if (parent != null) {
      return parent;
    }
    List<Object> list = segments();
    return list.isEmpty() ? this : new DocPath(list.subList(0, list.size() - 1));
  }

  /** The last segment as text ({@code run}, or {@code 2} for an index), empty for the root. */
  public String last() {
    if (parent != null) {
      return String.valueOf(last);
    }
    List<Object> list = segments();
    return list.isEmpty() ? "" : String.valueOf(list.get(list.size() - 1));
  }

  /** Whether {@code other} is this path or lies under it. */
  public boolean startsWith(DocPath other) {
    return other.size <= size && segments().subList(0, other.size).equals(other.segments());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocPath && ((DocPath) o).size == size && ((DocPath) o).segments().equals(segments());
  }

  @Override
  public int hashCode() {
    return segments().hashCode();
  }

  @Override
  public int compareTo(DocPath other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments()) {
      if (segment instanceof Integer) {
        out.append('[').append(segment).append(']');
      } else {
        String key = (String) segment;
        if (PLAIN_KEY.matcher(key).matches()) {
          if (out.length() > 0) {
            out.append('.');
          }
          out.append(key);
        } else {
          out.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
      }
    }
    return out.toString();
  }
}
