package dev.devopskit.core.source;

/** A range in a source file, from {@code start} (inclusive) to {@code end} (exclusive). */
public record Span(Position start, Position end) {

  /** Validates that the range is not reversed. */
  public Span {
    if (end.compareTo(start) < 0) {
      throw new IllegalArgumentException("span ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** An empty span at one position. */
  public static Span at(Position position) {
    return new Span(position, position);
  }

  /** A span that covers one whole line of {@code source}. */
  public static Span line(SourceFile source, int line) {
    int clamped = Math.max(1, Math.min(line, source.lineCount()));
    Position start = source.position(source.lineStart(clamped));
    Position end = source.position(source.lineEnd(clamped));
    return new Span(start, end);
  }

  /** The first line of the span. */
  public int line() {
    return start.line();
  }

  /** The first column of the span. */
  public int column() {
    return start.column();
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
