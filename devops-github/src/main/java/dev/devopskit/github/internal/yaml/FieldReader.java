package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The state and the field readers every section reader of a GitHub YAML file shares: the source, the read context
 * that collects findings, and the typed look-ups ({@code string}, {@code scalarMap}, {@code boolOrExpression}...)
 * that report a wrong type at its element. Section readers extend it and share one instance's state, so findings
 * keep the order in which the file is read.
 */
abstract class FieldReader {
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  final SourceFile source;
  final YamlReadContext read;
  final List<Finding> extra;

  FieldReader(SourceFile source) {
    this.source = source;
    this.read = new YamlReadContext(source, WorkflowReader.SYNTAX, WorkflowReader.UNKNOWN_KEY);
    this.extra = new ArrayList<>();
  }

  /** A reader of another section of the same file: same source, same findings. */
  FieldReader(FieldReader shared) {
    this.source = shared.source;
    this.read = shared.read;
    this.extra = shared.extra;
  }

  /** Known keys: looked up by hash, listed in the order given (did-you-mean takes the first of equally close keys). */
  static Set<String> ordered(String... keys) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
  }

  static Set<String> ordered(Set<String> first, Set<String> then) {
    Set<String> all = new LinkedHashSet<>(first);
    all.addAll(then);
    return Collections.unmodifiableSet(all);
  }

  <T> Optional<T> build(YamlNode at, DocPath path, Supplier<T> builder) {
    try {
      return Optional.ofNullable(builder.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(at, path, e);
    }
  }

  /**
   * Reports a value its builder rejected (the grammar checks of the model) and gives no value. The readers of the
   * parts every file has (workflow, job, step, trigger) call their builder directly and this on failure, rather
   * than {@link #build} with a method reference: a cold run pays for each lambda it creates and links.
   */
  <T> Optional<T> invalid(YamlNode at, DocPath path, RuntimeException e) {
    read.error(at, path, "'" + (path.isRoot() ? "workflow" : path.toString()) + "': " + e.getMessage(), null);
    return Optional.empty();
  }

  Map<String, YamlNode> unknown(YamlMapping mapping, DocPath path, Collection<String> known) {
    List<YamlMapping.Entry> unknown = read.unknownKeys(mapping, path, known);
    if (unknown.isEmpty()) {
      return Map.of();
    }
    Map<String, YamlNode> extensions = new LinkedHashMap<>();
    for (YamlMapping.Entry entry : unknown) {
      extensions.putIfAbsent(entry.name(), entry.value());
    }
    return extensions;
  }

  static Optional<YamlNode> get(YamlMapping mapping, String key) {
    return mapping.get(key);
  }

  /** The value of a key, or null when the mapping has no such key. */
  static YamlNode valueOf(YamlMapping mapping, String key) {
    return mapping.get(key).orElse(null);
  }

  Optional<String> string(YamlMapping mapping, String key, DocPath path) {
    YamlNode node = valueOf(mapping, key);
    if (node instanceof YamlScalar && !node.isNull()) {
      // the common case, without making the path that only a finding would show
      return Optional.of(((YamlScalar) node).value());
    }
    return node == null ? Optional.empty() : read.string(node, path.key(key));
  }

  Optional<Boolean> bool(YamlMapping mapping, String key, DocPath path) {
    YamlNode node = valueOf(mapping, key);
    return node == null ? Optional.empty() : read.bool(node, path.key(key));
  }

  /** A value that is a boolean or an expression: {@code continue-on-error}, {@code cancel-in-progress}. */
  Optional<String> boolOrExpression(YamlMapping mapping, String key, DocPath path) {
    Optional<YamlNode> node = get(mapping, key);
    if (node.isEmpty() || node.get().isNull()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node.get();
      if (scalar.kind() == YamlScalar.Kind.BOOLEAN) {
        return Optional.of(scalar.asBoolean().orElseThrow().toString());
      }
      if (scalar.value().equals("true") || scalar.value().equals("false") || scalar.value().contains("${{")) {
        return Optional.of(scalar.value());
      }
    }
    read.error(node.get(), path.key(key), "'" + path.key(key) + "' must be true, false or an expression ${{ }}, not "
        + describe(node.get()), null);
    return Optional.empty();
  }

  /** A value that is a number or an expression: {@code timeout-minutes}, {@code max-parallel}. */
  Optional<String> numberOrExpression(YamlMapping mapping, String key, DocPath path) {
    Optional<YamlNode> node = get(mapping, key);
    if (node.isEmpty() || node.get().isNull()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node.get();
      if (scalar.kind() == YamlScalar.Kind.INTEGER || scalar.kind() == YamlScalar.Kind.FLOAT
          || scalar.value().contains("${{") || DECIMAL.matcher(scalar.value().trim()).matches()) {
        return Optional.of(scalar.value());
      }
    }
    read.error(node.get(), path.key(key), "'" + path.key(key) + "' must be a number or an expression ${{ }}, not "
        + describe(node.get()), null);
    return Optional.empty();
  }

  /** A condition: a string, or a boolean or number as written. */
  Optional<String> condition(YamlMapping mapping, DocPath path) {
    return string(mapping, "if", path);
  }

  List<String> list(YamlMapping mapping, String key, DocPath path) {
    YamlNode node = valueOf(mapping, key);
    return node == null ? List.of() : read.stringList(node, path.key(key));
  }

  static String describe(YamlNode node) {
    return node instanceof YamlScalar ? "'" + ((YamlScalar) node).value() + "'" : "a " + node.kindName();
  }

  /**
   * A map of scalars ({@code env}, {@code with}, {@code secrets}) as read: its values, or the one expression
   * written instead (null when there is none). The builders take both as they are: an empty map adds nothing and
   * a null expression leaves it unset.
   */
  record ScalarMap(Map<String, String> values, String expression) {
    static final ScalarMap NONE = new ScalarMap(Map.of(), null);
  }

  /**
   * Reads a map of scalars or one expression ({@code env}, {@code with}, {@code secrets}); values may be
   * strings, numbers or booleans, kept as the text GitHub passes on ({@code 20.10} is {@code 20.1}).
   */
  ScalarMap scalarMap(YamlMapping mapping, String key, DocPath path) {
    YamlNode node = valueOf(mapping, key);
    if (node == null || node.isNull()) {
      return ScalarMap.NONE;
    }
    DocPath here = path.key(key);
    if (node instanceof YamlScalar) {
      String text = ((YamlScalar) node).value();
      if (text.contains("${{")) {
        return new ScalarMap(Map.of(), text);
      }
      read.error(node, here, "'" + here + "' must be a mapping of names to values or an expression "
          + "${{ }}, not " + describe(node), "write it as a mapping: '" + key + ":' then 'NAME: value' lines");
      return ScalarMap.NONE;
    }
    Map<String, String> values = new LinkedHashMap<>();
    YamlMapping m = read.mapping(node, here).orElse(null);
    if (m != null) {
      for (YamlMapping.Entry entry : m.entries()) {
        YamlNode value = entry.value();
        if (value.isNull()) {
          values.putIfAbsent(entry.name(), "");
        } else if (value instanceof YamlScalar) {
          values.putIfAbsent(entry.name(), ((YamlScalar) value).asText());
        } else {
          read.error(value, here.key(entry.name()), "'" + here.key(entry.name()) + "' must be a string, number or "
              + "boolean, not a " + value.kindName(), "quote it, or pass structured data with toJSON(...)");
        }
      }
    }
    return new ScalarMap(values, null);
  }

  static <T> void addIfPresent(List<T> list, Optional<T> value) {
    if (value.isPresent()) {
      list.add(value.get());
    }
  }

  /** The value at a key when it is one expression, where the grammar allows one instead of a mapping. */
  static Optional<String> expressionAt(YamlMapping mapping, String key) {
    YamlNode node = valueOf(mapping, key);
    return node instanceof YamlScalar && ((YamlScalar) node).value().contains("${{")
        ? Optional.of(((YamlScalar) node).value()) : Optional.empty();
  }

  /** The mapping at a key, or null when the key is absent or null, or holds something else (reported). */
  YamlMapping mappingAt(YamlMapping mapping, String key, DocPath path) {
    YamlNode node = valueOf(mapping, key);
    return node == null ? null : read.mapping(node, path.key(key)).orElse(null);
  }
}
