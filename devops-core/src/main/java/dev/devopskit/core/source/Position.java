package dev.devopskit.core.source;

/**
 * A place in a source file: 1-based line and column (columns count code points) and the 0-based character
 * offset.
 */
public record Position(int line, int column, int offset) implements Comparable<Position> {

  /** Validates the numbers. */
  public Position {
    if (line < 1 || column < 1 || offset < 0) {
      throw new IllegalArgumentException(
          "position needs line >= 1, column >= 1, offset >= 0, got " + line + ":" + column + "@" + offset);
    }
  }

  /** A position given by line and column only, with an unknown offset of 0. */
  public static Position of(int line, int column) {
    return new Position(line, column, 0);
  }

  @Override
  public int compareTo(Position other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
