package dev.devopskit.flags.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JsonLogic over plain Java values (maps, lists, strings, numbers, booleans, null), with flagd's own operators
 * {@code fractional}, {@code starts_with}, {@code ends_with} and {@code sem_ver}. Expressions are trusted to be
 * small (they come from flag files); the operators are those core's flagd reader accepts
 * ({@link dev.devopskit.core.flag.Flagd#OPERATORS}); depth is bounded so a hostile one gives an error, not a stack
 * overflow.
 */
public final class JsonLogic {
  private static final int MAX_DEPTH = 200;

  /** An expression could not be evaluated. */
  public static final class LogicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LogicException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * A custom operator was given what it cannot work on (a version that is not one, a non-string prefix, no bucketing
   * value, weights that add up to nothing). flagd's operators answer null then and the flag serves its default
   * variant, whatever the surrounding expression would make of a null (flagd-testbed's {@code @operator-errors}).
   */
  private static final class OperatorError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OperatorError() {
      super(null, null, false, false);
    }
  }

  private final String flagKey;
  private boolean split;

  private JsonLogic(String flagKey) {
    this.flagKey = flagKey;
  }

  /** The outcome of a targeting expression: its value, and whether a fractional split took part. */
  public record Result(Object value, boolean split) {}

  /** Evaluates an expression for a flag over data (the context attributes plus {@code $flagd}, or any JSON value). */
  public static Result evaluate(Object expression, Object data, String flagKey) {
    JsonLogic logic = new JsonLogic(flagKey);
    try {
      Object value = logic.apply(expression, data, 0);
      return new Result(value, logic.split);
    } catch (OperatorError e) {
      return new Result(null, false);
    }
  }

  /** Whether a value is truthy as JavaScript sees it (empty arrays are falsy). */
  public static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      return d != 0 && !Double.isNaN(d);
    }
    if (value instanceof String) {
      return !((String) value).isEmpty();
    }
    if (value instanceof List) {
      return !((List<?>) value).isEmpty();
    }
    return true;
  }

  private Object apply(Object expression, Object data, int depth) {
    if (depth > MAX_DEPTH) {
      throw new LogicException("targeting is nested deeper than " + MAX_DEPTH + " levels");
    }
    if (expression instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) expression) {
        out.add(apply(item, data, depth + 1));
      }
      return out;
    }
    if (!(expression instanceof Map) || ((Map<?, ?>) expression).size() != 1) {
      return expression;
    }
    Map.Entry<?, ?> entry = ((Map<?, ?>) expression).entrySet().iterator().next();
    String op = String.valueOf(entry.getKey());
    List<Object> args = entry.getValue() instanceof List ? new ArrayList<>((List<?>) entry.getValue())
        : new ArrayList<>(java.util.Collections.singletonList(entry.getValue()));
    int d = depth + 1;
    switch (op) {
      case "var":
        return var(args, data, d);
      case "missing":
        return missing(args, data, d);
      case "missing_some":
        return missingSome(args, data, d);
      case "if":
      case "?:":
        return ifThen(args, data, d);
      case "==":
        return looseEquals(arg(args, 0, data, d), arg(args, 1, data, d));
      case "!=":
        return !looseEquals(arg(args, 0, data, d), arg(args, 1, data, d));
      case "===":
        return strictEquals(arg(args, 0, data, d), arg(args, 1, data, d));
      case "!==":
        return !strictEquals(arg(args, 0, data, d), arg(args, 1, data, d));
      case "!":
        return !truthy(arg(args, 0, data, d));
      case "!!":
        return truthy(arg(args, 0, data, d));
      case "or": {
        Object last = null;
        for (Object a : args) {
          last = apply(a, data, d);
          if (truthy(last)) {
            return last;
          }
        }
        return last;
      }
      case "and": {
        Object last = null;
        for (Object a : args) {
          last = apply(a, data, d);
          if (!truthy(last)) {
            return last;
          }
        }
        return last;
      }
      case "<":
      case "<=":
      case ">":
      case ">=":
        return compare(op, args, data, d);
      case "max":
      case "min":
        return minMax(op, args, data, d);
      case "+":
      case "*": {
        double acc = op.equals("+") ? 0 : 1;
        for (Object a : args) {
          double n = number(apply(a, data, d));
          acc = op.equals("+") ? acc + n : acc * n;
        }
        return numberValue(acc);
      }
      case "-": {
        double a = number(arg(args, 0, data, d));
        return args.size() < 2 ? numberValue(-a) : numberValue(a - number(arg(args, 1, data, d)));
      }
      case "/":
        return numberValue(number(arg(args, 0, data, d)) / number(arg(args, 1, data, d)));
      case "%":
        return numberValue(number(arg(args, 0, data, d)) % number(arg(args, 1, data, d)));
      case "in": {
        Object needle = arg(args, 0, data, d);
        Object haystack = arg(args, 1, data, d);
        if (haystack instanceof List) {
          return ((List<?>) haystack).stream().anyMatch(item -> strictEquals(item, needle));
        }
        return haystack instanceof String && needle != null && ((String) haystack).contains(text(needle));
      }
      case "cat": {
        StringBuilder out = new StringBuilder();
        for (Object a : args) {
          out.append(text(apply(a, data, d)));
        }
        return out.toString();
      }
      case "log":
        return arg(args, 0, data, d);
      case "substr":
        return substr(args, data, d);
      case "merge": {
        List<Object> out = new ArrayList<>();
        for (Object a : args) {
          Object v = apply(a, data, d);
          if (v instanceof List) {
            out.addAll((List<?>) v);
          } else {
            out.add(v);
          }
        }
        return out;
      }
      case "map":
      case "filter":
      case "all":
      case "some":
      case "none":
        return iterate(op, args, data, d);
      case "reduce":
        return reduce(args, data, d);
      case "starts_with":
      case "ends_with": {
        Object subject = arg(args, 0, data, d);
        Object affix = arg(args, 1, data, d);
        if (subject == null && args.size() == 2) {
          // An attribute the context does not have matches no prefix; it does not void the whole targeting.
          return false;
        }
        if (args.size() != 2 || !(subject instanceof String) || !(affix instanceof String)) {
          throw new OperatorError();
        }
        return op.equals("starts_with") ? ((String) subject).startsWith((String) affix)
            : ((String) subject).endsWith((String) affix);
      }
      case "sem_ver":
        return semVer(args, data, d);
      case "fractional":
        return fractional(args, data, d);
      default:
        throw new LogicException("unknown targeting operator '" + op + "'");
    }
  }

  private Object arg(List<Object> args, int index, Object data, int depth) {
    return index < args.size() ? apply(args.get(index), data, depth) : null;
  }

  private Object var(List<Object> args, Object data, int depth) {
    Object name = arg(args, 0, data, depth);
    Object fallback = args.size() > 1 ? arg(args, 1, data, depth) : null;
    if (name == null || "".equals(name)) {
      return data;
    }
    Object value = lookup(data, text(name));
    return value == null ? fallback : value;
  }

  private static Object lookup(Object data, String path) {
    if (data instanceof Map && ((Map<?, ?>) data).containsKey(path)) {
      return ((Map<?, ?>) data).get(path);
    }
    Object current = data;
    for (String part : path.split("\\.", -1)) {
      if (current instanceof Map) {
        current = ((Map<?, ?>) current).get(part);
      } else if (current instanceof List) {
        try {
          int index = Integer.parseInt(part);
          List<?> list = (List<?>) current;
          current = index >= 0 && index < list.size() ? list.get(index) : null;
        } catch (NumberFormatException e) {
          return null;
        }
      } else {
        return null;
      }
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  private Object missing(List<Object> args, Object data, int depth) {
    List<Object> names = new ArrayList<>();
    for (Object a : args) {
      Object v = apply(a, data, depth);
      if (v instanceof List) {
        names.addAll((List<?>) v);
      } else {
        names.add(v);
      }
    }
    List<Object> out = new ArrayList<>();
    for (Object name : names) {
      Object value = lookup(data, text(name));
      if (value == null || "".equals(value)) {
        out.add(name);
      }
    }
    return out;
  }

  /** {@code [need, [names]]}: no names when at least {@code need} of them are present, else the missing ones. */
  private Object missingSome(List<Object> args, Object data, int depth) {
    if (args.size() < 2) {
      throw new LogicException("missing_some needs [count, [names]]");
    }
    double need = number(apply(args.get(0), data, depth));
    Object names = apply(args.get(1), data, depth);
    List<?> all = names instanceof List ? (List<?>) names : List.of();
    List<?> missing = (List<?>) missing(new ArrayList<>(all), data, depth);
    return all.size() - missing.size() >= need ? new ArrayList<>() : missing;
  }

  private Object ifThen(List<Object> args, Object data, int depth) {
    int i = 0;
    for (; i + 1 < args.size(); i += 2) {
      if (truthy(apply(args.get(i), data, depth))) {
        return apply(args.get(i + 1), data, depth);
      }
    }
    if (args.size() == 1) {
      return apply(args.get(0), data, depth);
    }
    return i < args.size() ? apply(args.get(i), data, depth) : null;
  }

  private Object compare(String op, List<Object> args, Object data, int depth) {
    Object a = arg(args, 0, data, depth);
    Object b = arg(args, 1, data, depth);
    boolean first = compareTwo(op, a, b);
    if (args.size() == 3 && (op.equals("<") || op.equals("<="))) {
      Object c = arg(args, 2, data, depth);
      return first && compareTwo(op, b, c);
    }
    return first;
  }

  private static boolean compareTwo(String op, Object a, Object b) {
    int cmp;
    if (a instanceof String && b instanceof String) {
      cmp = ((String) a).compareTo((String) b);
    } else {
      double x = number(a);
      double y = number(b);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return false;
      }
      cmp = Double.compare(x, y);
    }
    switch (op) {
      case "<":
        return cmp < 0;
      case "<=":
        return cmp <= 0;
      case ">":
        return cmp > 0;
      default:
        return cmp >= 0;
    }
  }

  private Object minMax(String op, List<Object> args, Object data, int depth) {
    if (args.isEmpty()) {
      return null;
    }
    double best = op.equals("max") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (Object a : args) {
      double n = number(apply(a, data, depth));
      best = op.equals("max") ? Math.max(best, n) : Math.min(best, n);
    }
    return numberValue(best);
  }

  private Object substr(List<Object> args, Object data, int depth) {
    String s = text(arg(args, 0, data, depth));
    int len = s.codePointCount(0, s.length());
    int start = (int) number(arg(args, 1, data, depth));
    if (start < 0) {
      start = Math.max(0, len + start);
    }
    start = Math.min(start, len);
    int end = len;
    if (args.size() > 2) {
      int count = (int) number(arg(args, 2, data, depth));
      end = count < 0 ? Math.max(start, len + count) : Math.min(len, start + count);
    }
    return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
  }

  private Object iterate(String op, List<Object> args, Object data, int depth) {
    Object items = arg(args, 0, data, depth);
    Object logic = args.size() > 1 ? args.get(1) : null;
    List<?> list = items instanceof List ? (List<?>) items : List.of();
    switch (op) {
      case "map": {
        List<Object> out = new ArrayList<>();
        for (Object item : list) {
          out.add(apply(logic, item, depth));
        }
        return out;
      }
      case "filter": {
        List<Object> out = new ArrayList<>();
        for (Object item : list) {
          if (truthy(apply(logic, item, depth))) {
            out.add(item);
          }
        }
        return out;
      }
      case "all":
        if (list.isEmpty()) {
          return false;
        }
        return list.stream().allMatch(item -> truthy(apply(logic, item, depth)));
      case "some":
        return list.stream().anyMatch(item -> truthy(apply(logic, item, depth)));
      default:
        return list.stream().noneMatch(item -> truthy(apply(logic, item, depth)));
    }
  }

  private Object reduce(List<Object> args, Object data, int depth) {
    Object items = arg(args, 0, data, depth);
    Object logic = args.size() > 1 ? args.get(1) : null;
    Object accumulator = arg(args, 2, data, depth);
    if (items instanceof List) {
      for (Object item : (List<?>) items) {
        Map<String, Object> scope = new java.util.HashMap<>();
        scope.put("current", item);
        scope.put("accumulator", accumulator);
        accumulator = apply(logic, scope, depth);
      }
    }
    return accumulator;
  }

  private Object semVer(List<Object> args, Object data, int depth) {
    Object version = arg(args, 0, data, depth);
    Object op = arg(args, 1, data, depth);
    Object target = arg(args, 2, data, depth);
    if (version == null && args.size() == 3) {
      return false;
    }
    if (args.size() != 3 || !(op instanceof String) || target == null) {
      throw new OperatorError();
    }
    return SemVer.compare(text(version), (String) op, text(target)).orElseThrow(OperatorError::new);
  }

  private Object fractional(List<Object> args, Object data, int depth) {
    if (args.isEmpty()) {
      throw new LogicException("fractional needs at least one [variant, weight] entry");
    }
    String bucketBy;
    int first = 0;
    if (!(args.get(0) instanceof List)) {
      Object value = apply(args.get(0), data, depth);
      if (!(value instanceof String)) {
        throw new OperatorError();
      }
      bucketBy = (String) value;
      first = 1;
    } else {
      // flagd seeds the shorthand with the flag key and the targeting key, an absent key counting as empty.
      bucketBy = flagKey + text(lookup(data, "targetingKey"));
    }
    List<Object> variants = new ArrayList<>();
    List<Long> weights = new ArrayList<>();
    long total = 0;
    for (int i = first; i < args.size(); i++) {
      if (!(args.get(i) instanceof List) || ((List<?>) args.get(i)).isEmpty()) {
        throw new LogicException("fractional entry " + i + " must be [variant, weight]");
      }
      List<?> pair = (List<?>) args.get(i);
      Object weightValue = pair.size() > 1 ? apply(pair.get(1), data, depth) : 1L;
      long weight = Math.max(0, Math.min(Integer.MAX_VALUE, (long) number(weightValue)));
      variants.add(pair.get(0));
      weights.add(weight);
      total += weight;
    }
    if (total <= 0) {
      throw new OperatorError();
    }
    long bucket = MurmurHash3.bucket(bucketBy, total);
    long end = 0;
    for (int i = 0; i < variants.size(); i++) {
      end += weights.get(i);
      if (bucket < end) {
        split = true;
        return apply(variants.get(i), data, depth);
      }
    }
    split = true;
    return apply(variants.get(variants.size() - 1), data, depth);
  }

  static double number(Object value) {
    if (value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? 1 : 0;
    }
    if (value == null) {
      return 0;
    }
    if (value instanceof String) {
      String s = ((String) value).trim();
      if (s.isEmpty()) {
        return 0;
      }
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  private static Object numberValue(double value) {
    if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 9.0e15) {
      return (long) value;
    }
    return value;
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double && (Double) value == Math.rint((Double) value) && !((Double) value).isInfinite()) {
      return new BigDecimal((Double) value).toPlainString();
    }
    return String.valueOf(value);
  }

  private static boolean strictEquals(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    }
    return Objects.equals(a, b);
  }

  private static boolean looseEquals(Object a, Object b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    if (a instanceof String && b instanceof String) {
      return a.equals(b);
    }
    if ((a instanceof Number || a instanceof Boolean || a instanceof String)
        && (b instanceof Number || b instanceof Boolean || b instanceof String)) {
      return number(a) == number(b);
    }
    return a.equals(b);
  }
}
