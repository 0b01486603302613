package dev.devopskit.flags;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a flag is evaluated for: the targeting key (a user id or email) and attributes, which may nest
 * ({@code user.name}).
 *
 * <pre>{@code
 * EvaluationContext.parse(List.of("targetingKey=jon@example.com", "plan=pro", "user.name=Jon"))
 * }</pre>
 */
public final class EvaluationContext {
  /** The attribute name of the targeting key, as flagd and OpenFeature call it. */
  public static final String TARGETING_KEY = "targetingKey";
  private static final EvaluationContext EMPTY = new EvaluationContext(Map.of());
  private final Map<String, Object> attributes;

  private EvaluationContext(Map<String, Object> attributes) {
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** No targeting key, no attributes. */
  public static EvaluationContext empty() {
    return EMPTY;
  }

  /** A context with only a targeting key. */
  public static EvaluationContext of(String targetingKey) {
    return of(targetingKey, Map.of());
  }

  /** A context with a targeting key and attributes (values: strings, numbers, booleans, maps, lists). */
  public static EvaluationContext of(String targetingKey, Map<String, ?> attributes) {
    Map<String, Object> all = new LinkedHashMap<>(attributes);
    all.put(TARGETING_KEY, Objects.requireNonNull(targetingKey, "targetingKey"));
    return new EvaluationContext(all);
  }

  /** A context of attributes only; a {@code targetingKey} attribute is the targeting key. */
  public static EvaluationContext ofAttributes(Map<String, ?> attributes) {
    return new EvaluationContext(new LinkedHashMap<>(attributes));
  }

  /**
   * A context from {@code name=value} pairs as a command line writes them; dotted names nest
   * ({@code user.name=Jon} gives {@code {user: {name: Jon}}}).
   *
   * @throws IllegalArgumentException when a pair has no {@code =}
   */
  public static EvaluationContext parse(List<String> pairs) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("context attribute '" + pair + "' must be name=value, like plan=pro");
      }
      String[] path = pair.substring(0, eq).split("\\.");
      Map<String, Object> current = root;
      for (int i = 0; i < path.length - 1; i++) {
        Object next = current.get(path[i]);
        if (!(next instanceof Map)) {
          next = new LinkedHashMap<String, Object>();
          current.put(path[i], next);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) next;
        current = nested;
      }
      current.put(path[path.length - 1], pair.substring(eq + 1));
    }
    return new EvaluationContext(root);
  }

  /** The targeting key, if given. */
  public Optional<String> targetingKey() {
    Object key = attributes.get(TARGETING_KEY);
    return key == null ? Optional.empty() : Optional.of(String.valueOf(key));
  }

  /** The attributes, the targeting key included as {@code targetingKey}. */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /** An attribute by dotted path ({@code user.name}): a top-level key with a dot wins over nesting. */
  public Optional<Object> attribute(String path) {
    if (attributes.containsKey(path)) {
      return Optional.ofNullable(attributes.get(path));
    }
    Object current = attributes;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map)) {
        return Optional.empty();
      }
      current = ((Map<?, ?>) current).get(part);
    }
    return Optional.ofNullable(current);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvaluationContext && ((EvaluationContext) o).attributes.equals(attributes);
  }

  @Override
  public int hashCode() {
    return attributes.hashCode();
  }

  @Override
  public String toString() {
    return "EvaluationContext" + attributes.keySet();
  }
}
