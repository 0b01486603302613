package dev.devopskit.core.flag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Flags from environment variables and {@code .env} files: {@code FEATURE_<KEY>=on|off|<variant>|<percent>%}.
 * The key is the variable name after {@code FEATURE_}, lower case, {@code _} read as {@code -}
 * ({@code FEATURE_NEW_CHECKOUT} is {@code new-checkout}).
 *
 * <ul>
 *   <li>{@code on} / {@code off}: a boolean flag serving that variant (on an existing flag: its default);</li>
 *   <li>{@code 25%}: a boolean rollout, {@code on} for 25 % of targeting keys;</li>
 *   <li>anything else: that variant of an existing flag, or a string flag whose one variant is the value.</li>
 * </ul>
 */
public final class EnvFlags {
  /** The prefix of flag variables. */
  public static final String PREFIX = "FEATURE_";

  private EnvFlags() {}

  /** The flags the {@code FEATURE_*} variables define, in variable-name order. */
  public static FlagSet read(Map<String, String> variables) {
    return apply(FlagSet.empty(), variables);
  }

  /** The base flags with the {@code FEATURE_*} variables applied over them (variables win). */
  public static FlagSet apply(FlagSet base, Map<String, String> variables) {
    FlagSet result = base;
    for (Map.Entry<String, String> entry : new TreeMap<>(variables).entrySet()) {
      String name = entry.getKey();
      if (!name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
        continue;
      }
      String key = keyOf(name);
      try {
        result = result.with(flag(result.flag(key), key, entry.getValue().trim()));
      } catch (IllegalArgumentException e) {
        // a value the flag cannot take is ignored here and reported by check()
      }
    }
    return result;
  }

  /** Problems with {@code FEATURE_*} variables: one message per variable that cannot be applied. */
  public static List<String> check(FlagSet base, Map<String, String> variables) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(variables).entrySet()) {
      if (!entry.getKey().startsWith(PREFIX) || entry.getKey().length() == PREFIX.length()) {
        continue;
      }
      String key = keyOf(entry.getKey());
      try {
        flag(base.flag(key), key, entry.getValue().trim());
      } catch (IllegalArgumentException e) {
        problems.add(entry.getKey() + ": " + e.getMessage());
      }
    }
    return problems;
  }

  /** The flag key of a variable name: {@code FEATURE_NEW_CHECKOUT} gives {@code new-checkout}. */
  public static String keyOf(String variable) {
    return variable.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The variable name of a flag key: {@code new-checkout} gives {@code FEATURE_NEW_CHECKOUT}. */
  public static String variableOf(String key) {
    return PREFIX + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  private static FeatureFlag flag(Optional<FeatureFlag> existing, String key, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.endsWith("%")) {
      int percent;
      try {
        percent = Integer.parseInt(lower.substring(0, lower.length() - 1).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + value + "' is not a percentage; write it like 25%");
      }
      if (percent < 0 || percent > 100) {
        throw new IllegalArgumentException("'" + value + "' must be between 0% and 100%");
      }
      FeatureFlag base = existing.filter(f -> f.variants().containsKey("on") && f.variants().containsKey("off"))
          .orElseGet(() -> FeatureFlag.named(key));
      return base.withRollout(Rollout.percent(percent));
    }
    if (existing.isPresent()) {
      FeatureFlag flag = existing.get();
      String variant = flag.variants().containsKey(value) ? value : lower;
      if (!flag.variants().containsKey(variant)) {
        throw new IllegalArgumentException("flag '" + key + "' has no variant '" + value + "'; use one of "
            + flag.variants().keySet());
      }
      return flag.withDefaultVariant(variant).withEnabled(true);
    }
    if (lower.equals("on") || lower.equals("off") || lower.equals("true") || lower.equals("false")) {
      boolean on = lower.equals("on") || lower.equals("true");
      return FeatureFlag.builder().key(key).defaultVariant(on ? "on" : "off").build();
    }
    Map<String, Object> variants = new LinkedHashMap<>();
    variants.put(value, value);
    return FeatureFlag.builder().key(key).variants(variants).defaultVariant(value).build();
  }

  /** Parses the text of a {@code .env} file: {@code KEY=value} lines, {@code #} comments, {@code export}, quotes. */
  public static Map<String, String> parseDotEnv(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : text.split("\r\n|\r|\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring(7).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
          || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      } else {
        int comment = value.indexOf(" #");
        if (comment >= 0) {
          value = value.substring(0, comment).strip();
        }
      }
      out.put(name, value);
    }
    return out;
  }

  /**
   * The flags as {@code .env} lines, one per flag with an environment's settings resolved: the default variant,
   * or {@code N%} for a boolean on/off rollout. Flags whose targeting a variable cannot say are written as a
   * comment.
   */
  public static String write(FlagSet flags, Optional<String> environment) {
    StringBuilder out = new StringBuilder();
    for (FeatureFlag flag : flags.flags()) {
      String name = variableOf(flag.key());
      Optional<Rollout> rollout = flag.rolloutIn(environment);
      boolean simpleRollout = rollout.isPresent() && rollout.get().bucketBy().isEmpty()
          && rollout.get().weights().keySet().equals(java.util.Set.of("on", "off")) && flag.rules().isEmpty();
      if (!flag.enabledIn(environment)) {
        out.append(name).append("=off\n");
      } else if (simpleRollout) {
        out.append(name).append('=').append(rollout.get().weights().get("on")).append("%\n");
      } else if (flag.targeted()) {
        out.append("# ").append(name).append(": targeting rules cannot be written as a variable\n");
        flag.defaultVariantIn(environment).ifPresent(v -> out.append(name).append('=').append(v).append('\n'));
      } else {
        flag.defaultVariantIn(environment).ifPresent(v -> out.append(name).append('=').append(v).append('\n'));
      }
    }
    return out.toString();
  }
}
