package dev.devopskit.core.testing;

import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML read by readers other than the project's own, to compare what two texts mean as data: snakeyaml-engine with
 * YAML 1.2's core schema (how GitHub Actions and compose-go resolve plain scalars) and SnakeYAML with YAML 1.1's
 * types (how PyYAML and older tools resolve them).
 *
 * <p>The data is normalized so that equal meaning compares equal: every integer is a {@link BigInteger}, every
 * float a {@link Double}, mappings compare without order, and merge keys ({@code <<}) are applied under YAML 1.2
 * too (compose-go and the project's reader apply them; YAML 1.2 itself has no merge type). Under YAML 1.2 a local
 * tag such as compose's {@code !reset} is kept as a one-entry mapping from the tag to the value's text.
 */
public final class IndependentYaml {
  /** A YAML version. */
  public enum Version { YAML_1_1, YAML_1_2 }

  private IndependentYaml() {}

  /** The first document of a text as data under one YAML version; a parse error is an exception. */
  public static Object load(String text, Version version) {
    Object raw;
    if (version == Version.YAML_1_2) {
      LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(false)
          .setMaxAliasesForCollections(10_000).setCodePointLimit(16 * 1024 * 1024).build();
      raw = new Load(settings, new LocalTags(settings)).loadFromString(text);
    } else {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10_000);
      options.setCodePointLimit(16 * 1024 * 1024);
      raw = new Yaml(new SafeConstructor(options)).load(text);
    }
    return normalize(raw, version == Version.YAML_1_2);
  }

  /**
   * SnakeYAML's constructor, reading a local tag it does not know ({@code !reset}, {@code !override} of compose) as
   * a one-entry mapping from the tag to the value's text or collection, so that the data shows it and a printer that
   * drops or changes it is seen.
   */
  private static final class LocalTags extends StandardConstructor {
    LocalTags(LoadSettings settings) {
      super(settings);
    }

    @Override
    protected Optional<ConstructNode> findConstructorFor(Node node) {
      Optional<ConstructNode> known = super.findConstructorFor(node);
      String tag = node.getTag().getValue();
      if (known.isPresent() || !tag.startsWith("!")) {
        return known;
      }
      return Optional.of(n -> {
        n.setTag(n instanceof MappingNode ? Tag.MAP : n instanceof SequenceNode ? Tag.SEQ : Tag.STR);
        Map<Object, Object> tagged = new LinkedHashMap<>();
        tagged.put(tag, super.findConstructorFor(n).orElseThrow().construct(n));
        return tagged;
      });
    }
  }

  private static Object normalize(Object value, boolean applyMerges) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      Object merge = applyMerges ? map.get("<<") : null;
      if (merge != null) {
        List<?> sources = merge instanceof List<?> list ? list : List.of(merge);
        for (Object source : sources) {
          if (source instanceof Map<?, ?> from) {
            from.forEach((k, v) -> out.putIfAbsent(normalize(k, true), normalize(v, true)));
          }
        }
      }
      Map<Object, Object> own = new LinkedHashMap<>();
      map.forEach((k, v) -> {
        if (merge == null || !"<<".equals(k)) {
          own.put(normalize(k, applyMerges), normalize(v, applyMerges));
        }
      });
      out.putAll(own);
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(item -> out.add(normalize(item, applyMerges)));
      return out;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.doubleValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof byte[] bytes) {
      return List.of(java.util.Base64.getEncoder().encodeToString(bytes));
    }
    return value;
  }

  /**
   * The data a YAML tree stands for, normalized as {@link #load} normalizes: what a printer of the tree must make
   * both readers read.
   */
  public static Object data(YamlNode node) {
    if (node instanceof YamlMapping mapping) {
      Map<Object, Object> out = new LinkedHashMap<>();
      mapping.entries().forEach(e -> out.putIfAbsent(e.name(), data(e.value())));
      return out;
    }
    if (node instanceof YamlSequence sequence) {
      List<Object> out = new ArrayList<>();
      sequence.items().forEach(item -> out.add(data(item)));
      return out;
    }
    YamlScalar scalar = (YamlScalar) node;
    switch (scalar.kind()) {
      case NULL:
        return null;
      case BOOLEAN:
        return scalar.asBoolean().orElseThrow();
      case INTEGER:
        return new BigInteger(scalar.asText());
      case FLOAT:
        String text = scalar.value().toLowerCase(java.util.Locale.ROOT);
        return text.endsWith("nan") ? Double.NaN : text.endsWith("inf")
            ? (text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : Double.valueOf(text);
      default:
        return scalar.value();
    }
  }

  /** Where two data first differ ({@code path: left != right}), or empty when they are equal. */
  public static Optional<String> difference(Object left, Object right) {
    return difference("", left, right);
  }

  private static Optional<String> difference(String path, Object left, Object right) {
    if (left instanceof Map<?, ?> a && right instanceof Map<?, ?> b) {
      for (Object key : a.keySet()) {
        if (!b.containsKey(key)) {
          return Optional.of(path + "/" + key + ": only in the first (" + shown(a.get(key)) + ")");
        }
        Optional<String> inner = difference(path + "/" + key, a.get(key), b.get(key));
        if (inner.isPresent()) {
          return inner;
        }
      }
      for (Object key : b.keySet()) {
        if (!a.containsKey(key)) {
          return Optional.of(path + "/" + key + ": only in the second (" + shown(b.get(key)) + ")");
        }
      }
      return Optional.empty();
    }
    if (left instanceof List<?> a && right instanceof List<?> b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        Optional<String> inner = difference(path + "[" + i + "]", a.get(i), b.get(i));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return a.size() == b.size() ? Optional.empty()
          : Optional.of(path + ": " + a.size() + " items != " + b.size() + " items");
    }
    return Objects.equals(left, right) ? Optional.empty()
        : Optional.of((path.isEmpty() ? "/" : path) + ": " + shown(left) + " != " + shown(right));
  }

  private static String shown(Object value) {
    String text = value == null ? "null" : value instanceof String ? "\"" + value + "\""
        : value.getClass().getSimpleName() + " " + value;
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
