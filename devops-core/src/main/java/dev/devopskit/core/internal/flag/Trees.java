package dev.devopskit.core.internal.flag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between YAML trees, plain Java trees (maps, lists, scalars) and JSON text. */
public final class Trees {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Trees() {}

  /** A YAML node as a plain tree: strings, Long, Double, Boolean, null, LinkedHashMap, ArrayList. */
  public static Object plain(YamlNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof YamlMapping) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (YamlMapping.Entry entry : ((YamlMapping) node).entries()) {
        out.put(entry.name(), plain(entry.value()));
      }
      return out;
    }
    if (node instanceof YamlSequence) {
      List<Object> out = new ArrayList<>();
      for (YamlNode item : ((YamlSequence) node).items()) {
        out.add(plain(item));
      }
      return out;
    }
    YamlScalar scalar = (YamlScalar) node;
    switch (scalar.kind()) {
      case BOOLEAN:
        return scalar.asBoolean().orElse(null);
      case INTEGER:
        return scalar.asLong().<Object>map(l -> l).orElseGet(() -> Double.parseDouble(scalar.value()));
      case FLOAT:
        try {
          return Double.parseDouble(scalar.value().replace("_", ""));
        } catch (NumberFormatException e) {
          return scalar.value();
        }
      default:
        return scalar.value();
    }
  }

  /** A plain tree as a YAML node. */
  public static YamlNode yaml(Object value) {
    if (value == null) {
      return YamlScalar.nullValue();
    }
    if (value instanceof Map) {
      YamlMapping.Builder out = YamlMapping.builder();
      ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), yaml(v)));
      return out.build();
    }
    if (value instanceof List) {
      List<YamlNode> items = new ArrayList<>();
      ((List<?>) value).forEach(v -> items.add(yaml(v)));
      return YamlSequence.of(items);
    }
    if (value instanceof Boolean) {
      return YamlScalar.bool((Boolean) value);
    }
    if (value instanceof Long || value instanceof Integer) {
      return YamlScalar.integer(((Number) value).longValue());
    }
    if (value instanceof Number) {
      return YamlScalar.number(number((Number) value));
    }
    return YamlScalar.string(String.valueOf(value));
  }

  private static String number(Number n) {
    double d = n.doubleValue();
    String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return text.contains(".") ? text : text + ".0";
  }

  /** Parses JSON text into a plain tree. */
  public static Object parseJson(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON at line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage());
    }
  }

  /** A plain tree as compact JSON. */
  public static String json(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plain tree as indented JSON with a final line break (two spaces, as people write it). */
  public static String prettyJson(Object tree) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(tree).replace("\" : ", "\": ") + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A deep copy of a plain tree that cannot be modified (maps keep their order; nulls stay). */
  public static Object frozen(Object tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) tree).forEach((k, v) -> copy.put(String.valueOf(k), frozen(v)));
      return java.util.Collections.unmodifiableMap(copy);
    }
    if (tree instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) tree).forEach(item -> copy.add(frozen(item)));
      return java.util.Collections.unmodifiableList(copy);
    }
    return tree;
  }
}
