package dev.devopskit.core.source;

import java.util.Optional;

/**
 * Where the elements of a value read from a file are: turns a {@link DocPath} into a {@link Span}.
 *
 * <p>Lookups fall back to the nearest ancestor that has a position, so a finding about an attribute that the file
 * left out points at the element that should have held it.
 */
@FunctionalInterface
public interface SourceMap {

  /** A map that knows no positions: for values built in Java. */
  static SourceMap none() {
    return path -> Optional.empty();
  }

  /** The span of exactly this element, if the file had it. */
  Optional<Span> exact(DocPath path);

  /** The span of the element, or of its nearest ancestor that has one. */
  default Optional<Span> locate(DocPath path) {
    DocPath current = path;
    while (true) {
      Optional<Span> span = exact(current);
      if (span.isPresent() || current.isRoot()) {
        return span;
      }
      current = current.parent();
    }
  }

  /** The span of the key that introduced the element (for mapping entries), else the element's own span. */
  default Optional<Span> locateKey(DocPath path) {
    return locate(path);
  }
}
