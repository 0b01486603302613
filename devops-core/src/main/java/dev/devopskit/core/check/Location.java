package dev.devopskit.core.check;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Span;
import java.util.Optional;

/**
 * Where a finding is: the file (empty for a value built in Java), the span in it when known, and the document
 * path of the element.
 */
public record Location(String file, Optional<Span> span, DocPath path) {

  /** A location in a value that has no file. */
  public static Location of(DocPath path) {
    return new Location("", Optional.empty(), path);
  }

  /** A location in a file. */
  public static Location of(String file, Span span, DocPath path) {
    return new Location(file, Optional.of(span), path);
  }

  /** The same location in another file. */
  public Location withFile(String otherFile) {
    return new Location(otherFile, span, path);
  }

  /** The first line, or 0 when unknown. */
  public int line() {
    return span.map(Span::line).orElse(0);
  }

  /** The first column, or 0 when unknown. */
  public int column() {
    return span.map(Span::column).orElse(0);
  }

  /** {@code file:line:column}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file.isEmpty() ? "<value>" : file);
    span.ifPresent(s -> out.append(':').append(s.line()).append(':').append(s.column()));
    if (!path.isRoot() && span.isEmpty()) {
      out.append(" at ").append(path);
    }
    return out.toString();
  }
}
