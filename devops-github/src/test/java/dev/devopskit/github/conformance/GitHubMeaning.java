package dev.devopskit.github.conformance;

import dev.devopskit.core.testing.IndependentYaml;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a workflow means to GitHub Actions, from the data an independent YAML 1.2 reader gives: the forms that
 * GitHub's documentation gives as the same are made one (so that a printer may choose either), and nothing else.
 *
 * <ul>
 *   <li>{@code on: push}, {@code on: [push]} and {@code on: {push: }} are one trigger list; {@code push: {}} is
 *       {@code push: null};
 *   <li>a single string where a list is allowed ({@code needs}, {@code runs-on}, the branch, tag, path, type, name and
 *       version filters) is a list of one;
 *   <li>{@code wait-all:} with no value is {@code wait-all: true} (it takes no value);
 *   <li>{@code environment: prod} is {@code {name: prod}}, {@code concurrency: g} is {@code {group: g}},
 *       {@code container: img} and a service {@code img} are {@code {image: img}};
 *   <li>values that GitHub hands over as strings (every {@code env} and {@code with} value, input defaults) are
 *       strings: a number is the text of its value ({@code 20.10} is {@code "20.1"}, {@code 1e3} is
 *       {@code "1000"}), a boolean {@code "true"} or {@code "false"}, null the empty string.
 * </ul>
 */
final class GitHubMeaning {
  private static final Set<String> LIST_OF_ONE = Set.of("needs", "runs-on", "branches", "branches-ignore", "tags",
      "tags-ignore", "paths", "paths-ignore", "types", "names", "versions", "workflows");
  private static final Set<String> STRINGIFIED = Set.of("env", "with");

  private GitHubMeaning() {}

  /** Where the two texts differ in meaning to GitHub, or empty. */
  static Optional<String> difference(String original, String printed) {
    Object before;
    try {
      before = normalize(IndependentYaml.load(original, IndependentYaml.Version.YAML_1_2), "");
    } catch (RuntimeException e) {
      return Optional.of("the independent reader rejects the original: " + e.getMessage().lines().findFirst()
          .orElse(""));
    }
    try {
      return IndependentYaml.difference(before,
          normalize(IndependentYaml.load(printed, IndependentYaml.Version.YAML_1_2), ""));
    } catch (RuntimeException e) {
      return Optional.of("the independent reader rejects the printed file: " + e.getMessage().lines().findFirst()
          .orElse(""));
    }
  }

  private static Object normalize(Object value, String key) {
    if (key.equals("on")) {
      return on(value);
    }
    if (LIST_OF_ONE.contains(key) && value instanceof String) {
      return List.of(value);
    }
    if (STRINGIFIED.contains(key) && value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, v instanceof Map || v instanceof List ? normalize(v, String.valueOf(k))
          : stringified(v)));
      return out;
    }
    if (key.equals("environment") && value instanceof String) {
      return Map.of("name", value);
    }
    if (key.equals("concurrency") && value instanceof String) {
      return Map.of("group", value);
    }
    if (key.equals("container") && value instanceof String) {
      return Map.of("image", value);
    }
    if (key.equals("services") && value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, v instanceof String ? Map.of("image", v) : normalize(v, "")));
      return out;
    }
    if (key.equals("wait-all") && value == null) {
      return true;
    }
    if (key.equals("default") && !(value instanceof Map) && !(value instanceof List)) {
      return stringified(value);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, normalize(v, String.valueOf(k))));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(item -> out.add(normalize(item, "")));
      return out;
    }
    return value;
  }

  private static Object on(Object value) {
    Map<Object, Object> out = new LinkedHashMap<>();
    if (value instanceof String) {
      out.put(value, null);
    } else if (value instanceof List<?> list) {
      list.forEach(event -> out.put(event, null));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m && m.isEmpty() ? null : normalize(v, "")));
    } else {
      return value;
    }
    return out;
  }

  /** A scalar as GitHub hands it to an action or a process: as text. */
  static Object stringified(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof Double d) {
      if (d.isNaN()) {
        return "NaN";
      }
      if (d.isInfinite()) {
        return d > 0 ? "Infinity" : "-Infinity";
      }
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value;
  }
}
