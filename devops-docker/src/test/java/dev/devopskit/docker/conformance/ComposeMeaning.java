package dev.devopskit.docker.conformance;

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
 * What a compose file means to compose-go, from the data an independent YAML 1.2 reader gives: the forms that the
 * compose specification gives as the same are made one (so that a printer may choose either), and nothing else.
 *
 * <ul>
 *   <li>the obsolete top-level {@code version} is ignored (compose-go ignores it too);
 *   <li>a service, network, volume, secret or config written as null is an empty one (the defaults);
 *   <li>{@code environment}, {@code labels}, {@code annotations}, {@code sysctls} and {@code build.args} as a list
 *       of {@code KEY=VALUE} are the same mapping; their values, and {@code ports} and {@code expose} items, are
 *       strings ({@code 3.10} is {@code "3.1"}, {@code true} is {@code "true"});
 *   <li>{@code build: dir} is {@code {context: dir}}; {@code extends: s} is {@code {service: s}}; a short volume
 *       {@code ./src:/app:ro} is its long form {@code {type: bind, source: ./src, target: /app, read_only: true}}; {@code env_file: a} is {@code [a]}; a healthcheck
 *       {@code test: cmd} is {@code [CMD-SHELL, cmd]}.
 * </ul>
 */
final class ComposeMeaning {
  private static final Set<String> KEY_VALUE = Set.of("environment", "labels", "annotations", "sysctls", "args");

  private ComposeMeaning() {}

  /** Where the two texts differ in meaning to compose-go, or empty. */
  static Optional<String> difference(String original, String printed) {
    Object before;
    try {
      before = file(IndependentYaml.load(original, IndependentYaml.Version.YAML_1_2));
    } catch (RuntimeException e) {
      return Optional.of("the independent reader rejects the original: " + firstLine(e));
    }
    try {
      return IndependentYaml.difference(before, file(IndependentYaml.load(printed, IndependentYaml.Version.YAML_1_2)));
    } catch (RuntimeException e) {
      return Optional.of("the independent reader rejects the printed file: " + firstLine(e));
    }
  }

  private static String firstLine(RuntimeException e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
  }

  private static Object file(Object data) {
    if (!(data instanceof Map<?, ?> map)) {
      return data;
    }
    Map<Object, Object> out = new LinkedHashMap<>(map);
    out.remove("version");
    if (out.get("services") instanceof Map<?, ?> services) {
      Map<Object, Object> normalized = new LinkedHashMap<>();
      services.forEach((name, service) -> normalized.put(name, service == null ? Map.of() : service(service)));
      out.put("services", normalized);
    }
    for (String resources : List.of("networks", "volumes", "secrets", "configs")) {
      if (out.get(resources) instanceof Map<?, ?> entries) {
        Map<Object, Object> normalized = new LinkedHashMap<>();
        entries.forEach((name, entry) -> normalized.put(name, entry == null ? Map.of() : entry));
        out.put(resources, normalized);
      }
    }
    return out;
  }

  private static Object service(Object service) {
    if (!(service instanceof Map<?, ?> map)) {
      return service;
    }
    Map<Object, Object> out = new LinkedHashMap<>();
    map.forEach((key, value) -> out.put(key, serviceKey(String.valueOf(key), value)));
    return out;
  }

  private static Object serviceKey(String key, Object value) {
    if (KEY_VALUE.contains(key)) {
      return keyValues(value);
    }
    switch (key) {
      case "build":
        if (value instanceof String) {
          return Map.of("context", value);
        }
        if (value instanceof Map<?, ?> build) {
          Map<Object, Object> out = new LinkedHashMap<>(build);
          if (build.containsKey("args")) {
            out.put("args", keyValues(build.get("args")));
          }
          return out;
        }
        return value;
      case "extends":
        return value instanceof String ? Map.of("service", value) : value;
      case "env_file":
        return value instanceof String ? List.of(value) : value;
      case "healthcheck":
        if (value instanceof Map<?, ?> check && check.get("test") instanceof String test) {
          Map<Object, Object> out = new LinkedHashMap<>(check);
          out.put("test", List.of("CMD-SHELL", test));
          return out;
        }
        return value;
      case "volumes":
        if (value instanceof List<?> list) {
          List<Object> out = new ArrayList<>();
          list.forEach(item -> out.add(item instanceof String text ? volume(text) : item));
          return out;
        }
        return value;
      case "ports":
      case "expose":
        if (value instanceof List<?> list) {
          List<Object> out = new ArrayList<>();
          list.forEach(item -> out.add(item instanceof Map ? item : stringified(item)));
          return out;
        }
        return value;
      default:
        return value;
    }
  }

  /**
   * A short volume ({@code SOURCE:TARGET[:ro|rw]}) as its long form, the way compose-go splits it: a source that is
   * a path (also a Windows one, {@code C:\\dir}) is a bind, else a named volume; other modes stay short.
   */
  private static Object volume(String text) {
    boolean drive = text.matches("[A-Za-z]:[\\\\/].*");
    String[] parts = (drive ? text.substring(2) : text).split(":", -1);
    if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !parts[2].matches("ro|rw")) {
      return text;
    }
    String source = (drive ? text.substring(0, 2) : "") + parts[0];
    Map<Object, Object> out = new LinkedHashMap<>();
    out.put("type", drive || source.matches("[./~].*") ? "bind" : "volume");
    out.put("source", source);
    out.put("target", parts[1]);
    if (parts.length == 3 && parts[2].equals("ro")) {
      out.put("read_only", true);
    }
    return out;
  }

  private static Object keyValues(Object value) {
    Map<Object, Object> out = new LinkedHashMap<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        String text = String.valueOf(item);
        int equals = text.indexOf('=');
        out.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(k, v == null ? null : stringified(v)));
      return out;
    }
    return value;
  }

  /** A scalar as compose-go turns it into text. */
  private static Object stringified(Object value) {
    if (value instanceof Boolean || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value;
  }
}
