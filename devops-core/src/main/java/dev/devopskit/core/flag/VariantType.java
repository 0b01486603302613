package dev.devopskit.core.flag;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The type of a flag's variant values; all variants of a flag have one type. */
public enum VariantType {
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** Text. */
  STRING,
  /** A whole or decimal number. */
  NUMBER,
  /** A JSON object or array. */
  OBJECT;

  /** The type of one variant value, if it is a valid one. */
  public static Optional<VariantType> of(Object value) {
    if (value instanceof Boolean) {
      return Optional.of(BOOLEAN);
    }
    if (value instanceof String) {
      return Optional.of(STRING);
    }
    if (value instanceof Number) {
      return Optional.of(NUMBER);
    }
    if (value instanceof Map || value instanceof List) {
      return Optional.of(OBJECT);
    }
    return Optional.empty();
  }
}
