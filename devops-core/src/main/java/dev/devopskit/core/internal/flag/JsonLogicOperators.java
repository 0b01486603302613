package dev.devopskit.core.internal.flag;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JsonLogic operators of flagd's dialect that a flag file's targeting may use: the flagd reader rejects others
 * with a finding, and devops-flags' evaluator implements every one of them.
 */
public final class JsonLogicOperators {
  /** The operator names. */
  public static final Set<String> OPERATORS = java.util.Set.of("var", "missing", "missing_some", "if",
      "?:", "==", "!=", "===", "!==", "!", "!!", "or", "and", "<", "<=", ">", ">=", "max", "min", "+", "-", "*", "/",
      "%", "in", "cat", "substr", "merge", "map", "filter", "reduce", "all", "some", "none", "starts_with",
      "ends_with", "sem_ver", "fractional", "log");

  /** The first operator in an expression that is not one of {@link #OPERATORS}, if any. */
  public static Optional<String> unknownOperator(Object expression) {
    if (expression instanceof List) {
      for (Object item : (List<?>) expression) {
        Optional<String> inner = unknownOperator(item);
        if (inner.isPresent()) {
          return inner;
        }
      }
    } else if (expression instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) expression;
      if (map.size() == 1) {
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        if (!OPERATORS.contains(String.valueOf(entry.getKey()))) {
          return Optional.of(String.valueOf(entry.getKey()));
        }
        return unknownOperator(entry.getValue());
      }
    }
    return Optional.empty();
  }

  private JsonLogicOperators() {}
}
