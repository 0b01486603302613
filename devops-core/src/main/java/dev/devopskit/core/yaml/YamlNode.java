package dev.devopskit.core.yaml;

import dev.devopskit.core.source.Span;
import java.util.Optional;

/**
 * A node of a YAML tree: a {@link YamlMapping}, a {@link YamlSequence} or a {@link YamlScalar}.
 *
 * <p>Nodes read from a file know their {@link #span()}; nodes built in Java do not. Equality compares content
 * only, never positions or quoting, so a tree read back from what was written equals the tree written.
 */
public abstract sealed class YamlNode permits YamlMapping, YamlSequence, YamlScalar {
  private final Span span;
  private final String tag;

  YamlNode(Span span, String tag) {
    this.span = span;
    this.tag = tag;
  }

  /** Where the node is in its file, when it was read from one. */
  public final Optional<Span> span() {
    return Optional.ofNullable(span);
  }

  /** An explicit application tag such as {@code !reference}, when the file had one. */
  public final Optional<String> tag() {
    return Optional.ofNullable(tag);
  }

  /** A short name of the node's kind for messages: {@code mapping}, {@code sequence}, {@code string}... */
  public abstract String kindName();

  /** Whether this is a scalar whose kind is null (an empty value, {@code ~} or {@code null}). */
  public boolean isNull() {
    return this instanceof YamlScalar && ((YamlScalar) this).kind() == YamlScalar.Kind.NULL;
  }

  /** The node as a mapping, if it is one. */
  public Optional<YamlMapping> asMapping() {
    return this instanceof YamlMapping ? Optional.of((YamlMapping) this) : Optional.empty();
  }

  /** The node as a sequence, if it is one. */
  public Optional<YamlSequence> asSequence() {
    return this instanceof YamlSequence ? Optional.of((YamlSequence) this) : Optional.empty();
  }

  /** The node as a scalar, if it is one. */
  public Optional<YamlScalar> asScalar() {
    return this instanceof YamlScalar ? Optional.of((YamlScalar) this) : Optional.empty();
  }

  /** The text of a scalar (for any kind of scalar), if this is one. */
  public Optional<String> text() {
    return asScalar().map(YamlScalar::value);
  }
}
