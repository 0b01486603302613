package dev.devopskit.core.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * The text of one file with its path and a line index, so that offsets turn into lines and columns.
 *
 * <p>The path is the one shown to users: relative to the repository root when the file came from a checkout
 * ({@code .github/workflows/ci.yml}), or whatever name the caller chose for text that came from elsewhere.
 * Line ends may be {@code \n}, {@code \r\n} or {@code \r}. A leading byte-order mark is kept in the text (readers
 * skip it) and does not count as a column.
 */
public final class SourceFile {
  private final String path;
  private final String repositoryPath;
  private final String text;
  private final int[] lineStarts;

  private SourceFile(String path, String text) {
    this.path = Objects.requireNonNull(path, "path");
    this.repositoryPath = path;
    this.text = Objects.requireNonNull(text, "text");
    this.lineStarts = indexLines(text);
  }

  private SourceFile(SourceFile source, String repositoryPath) {
    this.path = source.path;
    this.repositoryPath = Objects.requireNonNull(repositoryPath, "repositoryPath");
    this.text = source.text;
    this.lineStarts = source.lineStarts;
  }

  /** A source with the given display path and text. */
  public static SourceFile of(String path, String text) {
    return new SourceFile(path, text);
  }

  private static int[] indexLines(String text) {
    int[] starts = new int[16];
    int count = 1;
    if (text.indexOf('\r') < 0) {
      // Only '\n' ends lines: the JDK's character search finds them faster than a loop over every character.
      for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = at + 1;
      }
      return Arrays.copyOf(starts, count);
    }
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** The display path. */
  public String path() {
    return path;
  }

  /**
   * The same source, knowing its path relative to the repository root ({@code src/test/resources/a.yml}) beside the
   * display path, which may be absolute or start with {@code ../} when the check ran elsewhere. What a path says
   * about a file ({@link #role()}) is read from this one, so folders above the repository ({@code /home/me/tests/})
   * say nothing.
   */
  public SourceFile withRepositoryPath(String pathInRepository) {
    return new SourceFile(this, pathInRepository.replace('\\', '/'));
  }

  /** The path relative to the repository root when the checker knew it, else the display path. */
  public String repositoryPath() {
    return repositoryPath;
  }

  /** What the file's path inside its repository says about its strings: {@link FileRole#of(String)}. */
  public FileRole role() {
    return FileRole.of(repositoryPath);
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The number of lines; a file that ends with a line break has an empty last line. */
  public int lineCount() {
    return lineStarts.length;
  }

  private void checkLine(int line) {
    if (line < 1 || line > lineStarts.length) {
      throw new IllegalArgumentException(path + " has lines 1 to " + lineStarts.length + ", not " + line);
    }
  }

  /** The offset where a 1-based line starts. */
  public int lineStart(int line) {
    checkLine(line);
    return lineStarts[line - 1];
  }

  /** The offset where a 1-based line ends, before its line break. */
  public int lineEnd(int line) {
    checkLine(line);
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** The text of a 1-based line without its line break. */
  public String line(int line) {
    return text.substring(lineStart(line), lineEnd(line));
  }

  /** The line and column of an offset (clamped to the text). */
  public Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(lineStarts, clamped);
    int lineIndex = index >= 0 ? index : -index - 2;
    int start = lineStarts[lineIndex];
    int column = text.codePointCount(start, clamped) + 1;
    if (lineIndex == 0 && start < clamped && text.charAt(0) == '\uFEFF') {
      column--;
    }
    return new Position(lineIndex + 1, column, clamped);
  }

  /** The offset of a 1-based line and column (clamped to the line). */
  public int offset(int line, int column) {
    int clampedLine = Math.max(1, Math.min(line, lineCount()));
    int start = lineStart(clampedLine);
    int end = lineEnd(clampedLine);
    int offset = start;
    for (int i = 1; i < column && offset < end; i++) {
      offset = text.offsetByCodePoints(offset, 1);
    }
    return offset;
  }

  /** A span between two offsets. */
  public Span span(int startOffset, int endOffset) {
    return new Span(position(startOffset), position(Math.max(startOffset, endOffset)));
  }

  @Override
  public String toString() {
    return "SourceFile[" + path + ", " + text.length() + " chars]";
  }
}
