package dev.devopskit.core.yaml;

import dev.devopskit.core.source.Span;
import java.util.List;

/** A sequence of nodes. */
public final class YamlSequence extends YamlNode {
  private final List<YamlNode> items;

  private YamlSequence(List<YamlNode> items, Span span, String tag) {
    super(span, tag);
    this.items = List.copyOf(items);
  }

  /** A sequence of these nodes. */
  public static YamlSequence of(List<? extends YamlNode> items) {
    return new YamlSequence(List.copyOf(items), null, null);
  }

  /** A sequence of strings. */
  public static YamlSequence ofStrings(List<String> items) {
    return of(items.stream().map(YamlScalar::string).toList());
  }

  /** A sequence as read from a file (used by the reader). */
  public static YamlSequence read(List<YamlNode> items, Span span, String tag) {
    return new YamlSequence(items, span, tag);
  }

  /** The items. */
  public List<YamlNode> items() {
    return items;
  }

  /** The number of items. */
  public int size() {
    return items.size();
  }

  @Override
  public String kindName() {
    return "sequence";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YamlSequence && ((YamlSequence) o).items.equals(items) && ((YamlSequence) o).tag().equals(tag());
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
