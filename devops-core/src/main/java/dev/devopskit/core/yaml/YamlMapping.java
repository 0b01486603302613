package dev.devopskit.core.yaml;

import dev.devopskit.core.source.Span;
import dev.devopskit.core.value.ValueText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping from string keys to nodes, in the order the file (or the builder) gave them.
 *
 * <p>Keys are strings: a key written {@code on} or {@code 3} is the string {@code "on"} or {@code "3"}, which is how
 * the tools devops-kit targets read them. Equality ignores order, as YAML does.
 */
public final class YamlMapping extends YamlNode {

  /** One entry: the key's scalar (with its position) and the value. */
  public record Entry(YamlScalar key, YamlNode value) {
    /** The key's text. */
    public String name() {
      return key.value();
    }

    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  private final List<Entry> entries;
  /** The first entry of each key, in order; never handed out, so it needs no unmodifiable wrapper. */
  private final Map<String, Entry> byKey;

  private YamlMapping(List<Entry> entries, Span span, String tag) {
    super(span, tag);
    this.entries = List.copyOf(entries);
    Map<String, Entry> map = new LinkedHashMap<>();
    for (Entry entry : this.entries) {
      map.putIfAbsent(entry.name(), entry);
    }
    this.byKey = map;
  }

  /**
   * A mapping read from a file whose entries have distinct keys, with their look-up by key (in the entries' order)
   * made already: the reader builds it as it finds repeated keys.
   */
  static YamlMapping read(List<Entry> entries, Map<String, Entry> byKey, Span span, String tag) {
    return new YamlMapping(List.copyOf(entries), byKey, span, tag);
  }

  private YamlMapping(List<Entry> entries, Map<String, Entry> byKey, Span span, String tag) {
    super(span, tag);
    this.entries = entries;
    this.byKey = byKey;
  }

  /** A mapping as read from a file (used by the reader); later duplicates are kept but not looked up. */
  public static YamlMapping read(List<Entry> entries, Span span, String tag) {
    return new YamlMapping(entries, span, tag);
  }

  /** An empty mapping. */
  public static YamlMapping empty() {
    return new YamlMapping(List.of(), null, null);
  }

  /** Starts a mapping. */
  public static Builder builder() {
    return new Builder();
  }

  /** The entries in order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The keys in order. */
  public List<String> keys() {
    return List.copyOf(byKey.keySet());
  }

  /** The value of a key. */
  public Optional<YamlNode> get(String key) {
    Entry entry = byKey.get(key);
    return entry == null ? Optional.empty() : Optional.of(entry.value());
  }

  /** The entry of a key. */
  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Whether the key is present. */
  public boolean has(String key) {
    return byKey.containsKey(key);
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
  }

  /** Whether there are no entries. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public String kindName() {
    return "mapping";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof YamlMapping)) {
      return false;
    }
    YamlMapping other = (YamlMapping) o;
    if (other.entries.size() != entries.size() || !other.tag().equals(tag())) {
      return false;
    }
    for (Entry entry : entries) {
      Entry match = other.byKey.get(entry.name());
      if (match == null || !match.value().equals(entry.value())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (Entry entry : entries) {
      hash += entry.name().hashCode() ^ entry.value().hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (Entry entry : entries) {
      if (out.length() > 1) {
        out.append(", ");
      }
      YamlNode value = entry.value();
      out.append(entry.name()).append('=')
          .append(value instanceof YamlScalar scalar ? scalar.shown(entry.name()) : value.toString());
    }
    return out.append('}').toString();
  }

  /** Builds mappings in the order entries are added; a later {@code put} of the same key replaces the value. */
  public static final class Builder {
    private final LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();

    private Builder() {}

    /** Adds an entry. */
    public Builder put(String key, YamlNode value) {
      entries.put(key, value);
      return this;
    }

    /** Adds a string entry. */
    public Builder put(String key, String value) {
      return put(key, YamlScalar.string(value));
    }

    /** Adds an entry when the value is present. */
    public Builder putIfPresent(String key, Optional<? extends YamlNode> value) {
      value.ifPresent(v -> put(key, v));
      return this;
    }

    /** Adds a string entry when the value is present. */
    public Builder putStringIfPresent(String key, Optional<String> value) {
      value.ifPresent(v -> put(key, v));
      return this;
    }

    /** Adds an entry unless the mapping or sequence value is empty. */
    public Builder putIfNotEmpty(String key, YamlNode value) {
      boolean empty = (value instanceof YamlMapping && ((YamlMapping) value).isEmpty())
          || (value instanceof YamlSequence && ((YamlSequence) value).size() == 0);
      return empty ? this : put(key, value);
    }

    /** The mapping. */
    public YamlMapping build() {
      List<Entry> list = new ArrayList<>();
      entries.forEach((k, v) -> list.add(new Entry(YamlScalar.string(k), v)));
      return new YamlMapping(list, null, null);
    }
  }
}
