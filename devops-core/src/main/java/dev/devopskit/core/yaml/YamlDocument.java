package dev.devopskit.core.yaml;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.SourceMap;
import dev.devopskit.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A YAML file read into a tree: the root node, the comments, and positions for every element by
 * {@link DocPath}.
 */
public final class YamlDocument implements SourceMap {
  private final SourceFile source;
  private final YamlNode root;
  private final List<YamlComment> comments;

  /** A document over a source (root may be null for an empty file). */
  public YamlDocument(SourceFile source, YamlNode root, List<YamlComment> comments) {
    this.source = source;
    this.root = root;
    this.comments = List.copyOf(comments);
  }

  /** The file. */
  public SourceFile source() {
    return source;
  }

  /** The root node; empty for an empty file. */
  public Optional<YamlNode> root() {
    return Optional.ofNullable(root);
  }

  /** The comments, in file order. */
  public List<YamlComment> comments() {
    return comments;
  }

  /** The node at a path. */
  public Optional<YamlNode> node(DocPath path) {
    YamlNode current = root;
    for (Object segment : path.segments()) {
      if (current == null) {
        return Optional.empty();
      }
      current = child(current, segment).map(YamlMapping.Entry::value).orElse(null);
    }
    return Optional.ofNullable(current);
  }

  private static Optional<YamlMapping.Entry> child(YamlNode node, Object segment) {
    if (segment instanceof String && node instanceof YamlMapping) {
      return ((YamlMapping) node).entry((String) segment);
    }
    if (segment instanceof Integer && node instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) node).items();
      int index = (Integer) segment;
      return index < items.size() ? Optional.of(new YamlMapping.Entry(null, items.get(index))) : Optional.empty();
    }
    return Optional.empty();
  }

  @Override
  public Optional<Span> exact(DocPath path) {
    if (path.isRoot()) {
      return root == null ? Optional.empty() : root.span();
    }
    YamlNode parent = node(path.parent()).orElse(null);
    if (parent == null) {
      return Optional.empty();
    }
    Optional<YamlMapping.Entry> entry = child(parent, path.segments().get(path.size() - 1));
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Optional<Span> value = entry.get().value().span();
    if (entry.get().key() == null || entry.get().key().span().isEmpty()) {
      return value;
    }
    Span key = entry.get().key().span().get();
    return Optional.of(new Span(key.start(), value.map(Span::end).filter(e -> e.compareTo(key.end()) >= 0)
        .orElse(key.end())));
  }

  @Override
  public Optional<Span> locateKey(DocPath path) {
    YamlNode parent = node(path.parent()).orElse(null);
    if (parent instanceof YamlMapping && !path.isRoot()) {
      Optional<YamlMapping.Entry> entry = ((YamlMapping) parent).entry(path.last());
      if (entry.isPresent() && entry.get().key().span().isPresent()) {
        return entry.get().key().span();
      }
    }
    return locate(path);
  }
}
