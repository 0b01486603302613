package dev.devopskit.core.flag;

import dev.devopskit.core.internal.flag.FlagTargeting;
import dev.devopskit.core.internal.flag.Trees;
import dev.devopskit.core.value.DevOpsStyle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A feature flag: its key, who owns it, why it exists and until when, its variants (boolean {@code on}/{@code off}
 * unless given), the variant it serves by default, per-environment settings, targeting rules and a percentage
 * rollout.
 *
 * <pre>{@code
 * FeatureFlag checkout = FeatureFlag.builder().key("new-checkout").owner("team-payments")
 *     .kind(FlagKind.RELEASE).created(LocalDate.of(2026, 1, 10)).removeBy(LocalDate.of(2026, 2, 20))
 *     .defaultVariant("off")
 *     .addRule(TargetingRule.in("plan", List.of("pro"), "on"))
 *     .putEnvironment("staging", FlagEnvironment.serving("on"))
 *     .putEnvironment("production", FlagEnvironment.rollingOut(Rollout.percent(10)))
 *     .build();
 * }</pre>
 *
 * <p>Variant values are {@link Boolean}, {@link String}, {@link Long} or {@link Double} (other numbers are
 * normalized to these), or JSON objects and arrays as {@link Map} and {@link List}. A flag imported from flagd with
 * targeting beyond what {@link TargetingRule} says keeps it as JsonLogic text in {@link #targeting()}.
 */
@Value.Immutable
@DevOpsStyle
public abstract class FeatureFlag implements WithFeatureFlag {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Map<String, Object> BOOLEAN_VARIANTS = booleanVariants();

  private static Map<String, Object> booleanVariants() {
    Map<String, Object> variants = new LinkedHashMap<>();
    variants.put("on", true);
    variants.put("off", false);
    return Collections.unmodifiableMap(variants);
  }

  /** The key code asks for: letters, digits, {@code .}, {@code _}, {@code -}, at most 100 characters. */
  public abstract String key();

  /** What the flag switches, for people. */
  public abstract Optional<String> description();

  /** The team or role that owns it and removes it. */
  public abstract Optional<String> owner();

  /** Why it exists; {@code release} unless said. */
  @Value.Default
  public FlagKind kind() {
    return FlagKind.RELEASE;
  }

  /** When it was added. */
  public abstract Optional<LocalDate> created();

  /** When its serving (default variant, rollout, state) last changed. */
  public abstract Optional<LocalDate> updated();

  /** The date by which it should be gone (temporary kinds). */
  public abstract Optional<LocalDate> removeBy();

  /** Whether the flag is evaluated at all; a disabled flag gives the caller's default. */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** The variants by name, in order; boolean {@code on: true, off: false} when none are given. */
  public abstract Map<String, Object> variants();

  /** The variant served when nothing else decides; empty means the caller's default. */
  public abstract Optional<String> defaultVariant();

  /** Settings per environment name. */
  public abstract Map<String, FlagEnvironment> environments();

  /** Targeting rules, tried in order before the rollout. */
  public abstract List<TargetingRule> rules();

  /** The percentage rollout when no rule matches. */
  public abstract Optional<Rollout> rollout();

  /** Targeting as a JsonLogic expression (flagd's dialect), for flags imported from flagd. */
  public abstract Optional<String> targeting();

  /** The type of the variants. */
  public VariantType variantType() {
    return variants().values().stream().findFirst().flatMap(VariantType::of).orElse(VariantType.BOOLEAN);
  }

  /** Whether any targeting (rules, rollout, JsonLogic) can change the variant per user. */
  public boolean targeted() {
    return !rules().isEmpty() || rollout().isPresent() || targeting().isPresent()
        || environments().values().stream().anyMatch(e -> e.rollout().isPresent());
  }

  /** Whether the flag is enabled in an environment. */
  public boolean enabledIn(Optional<String> environment) {
    return environment.map(environments()::get).flatMap(FlagEnvironment::enabled).orElse(enabled());
  }

  /** The default variant in an environment. */
  public Optional<String> defaultVariantIn(Optional<String> environment) {
    return environment.map(environments()::get).flatMap(FlagEnvironment::defaultVariant).or(this::defaultVariant);
  }

  /** The rollout in an environment. */
  public Optional<Rollout> rolloutIn(Optional<String> environment) {
    return environment.map(environments()::get).flatMap(FlagEnvironment::rollout).or(this::rollout);
  }

  /**
   * The targeting as a JsonLogic tree per environment name ({@code ""} for the flag's own settings), computed once
   * per flag value; the evaluator reads it instead of rebuilding the tree on every call.
   */
  @Value.Lazy
  Map<String, Optional<Object>> targetingTrees() {
    Map<String, Optional<Object>> trees = new LinkedHashMap<>();
    trees.put("", FlagTargeting.of(this, Optional.empty()).map(Trees::frozen));
    for (String environment : environments().keySet()) {
      trees.put(environment, FlagTargeting.of(this, Optional.of(environment)).map(Trees::frozen));
    }
    return Collections.unmodifiableMap(trees);
  }

  /**
   * The targeting that decides this flag's variant in an environment (each flag's own settings when empty or when the
   * flag has no settings for it), as one JsonLogic expression in flagd's dialect: rules become an {@code if} chain,
   * a rollout a {@code fractional}, imported targeting stays as written. The tree is made of maps, lists, strings,
   * numbers, booleans and nulls, computed once per flag value and not to be modified; empty when nothing targets.
   * Evaluators (devops-flags) and the flagd export read the same tree, so they cannot disagree.
   *
   * @throws IllegalArgumentException when imported targeting is not valid JSON
   */
  public Optional<Object> targetingTree(Optional<String> environment) {
    Map<String, Optional<Object>> trees = targetingTrees();
    return trees.getOrDefault(environment.filter(trees::containsKey).orElse(""), Optional.empty());
  }

  /** A boolean release flag that is off by default. */
  public static FeatureFlag named(String key) {
    return builder().key(key).build();
  }

  /** Starts a flag. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds flags. */
  public static final class Builder extends ImmutableFeatureFlag.Builder {}

  /** A variant value in its normal form (numbers as Long or Double, collections copied), or empty if invalid. */
  public static Optional<Object> normalizeValue(Object value) {
    if (value instanceof Boolean || value instanceof String || value instanceof Long || value instanceof Double) {
      return Optional.of(value);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
      return Optional.of(((Number) value).longValue());
    }
    if (value instanceof Float || value instanceof BigDecimal) {
      double d = ((Number) value).doubleValue();
      return Optional.of(d == Math.rint(d) && value instanceof BigDecimal
          && ((BigDecimal) value).scale() <= 0 ? (Object) (long) d : (Object) d);
    }
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        Optional<Object> inner = entry.getValue() == null ? Optional.empty() : normalizeValue(entry.getValue());
        if (inner.isEmpty() && entry.getValue() != null) {
          return Optional.empty();
        }
        copy.put(String.valueOf(entry.getKey()), inner.orElse(null));
      }
      return Optional.of(Collections.unmodifiableMap(copy));
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (List<?>) value) {
        Optional<Object> inner = item == null ? Optional.empty() : normalizeValue(item);
        if (inner.isEmpty() && item != null) {
          return Optional.empty();
        }
        copy.add(inner.orElse(null));
      }
      return Optional.of(Collections.unmodifiableList(copy));
    }
    return Optional.empty();
  }

  @Value.Check
  protected FeatureFlag normalize() {
    if (variants().isEmpty()) {
      return builder().from(this).variants(BOOLEAN_VARIANTS)
          .defaultVariant(defaultVariant().orElse("off")).build();
    }
    Map<String, Object> normalized = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, Object> entry : variants().entrySet()) {
      Object value = normalizeValue(entry.getValue()).orElseThrow(() -> new IllegalArgumentException(
          "variant '" + entry.getKey() + "' of flag '" + key() + "' is a " + entry.getValue().getClass().getSimpleName()
              + "; use true/false, a string, a number, or a JSON object"));
      changed |= !value.equals(entry.getValue());
      normalized.put(entry.getKey(), value);
    }
    if (changed) {
      return builder().from(this).variants(normalized).build();
    }
    validate();
    return this;
  }

  private void validate() {
    if (!KEY.matcher(key()).matches()) {
      throw new IllegalArgumentException("flag key '" + key() + "' must be 1 to 100 letters, digits, '.', '_' or '-'"
          + ", starting with a letter or digit, like 'new-checkout'");
    }
    VariantType type = variantType();
    variants().forEach((name, value) -> {
      if (VariantType.of(value).orElse(null) != type) {
        throw new IllegalArgumentException("variant '" + name + "' of flag '" + key() + "' is not a " + type
            + " like the first variant; all variants of a flag have one type");
      }
    });
    defaultVariant().ifPresent(v -> requireVariant(v, "defaultVariant"));
    rollout().ifPresent(r -> r.weights().keySet().forEach(v -> requireVariant(v, "rollout")));
    rules().forEach(r -> requireVariant(r.variant(), "rule on '" + r.attribute() + "'"));
    environments().forEach((name, settings) -> {
      settings.defaultVariant().ifPresent(v -> requireVariant(v, "environments." + name + ".default"));
      settings.rollout().ifPresent(r -> r.weights().keySet().forEach(v -> requireVariant(v,
          "environments." + name + ".rollout")));
    });
    if (targeting().isPresent() && (!rules().isEmpty() || rollout().isPresent())) {
      throw new IllegalArgumentException("flag '" + key() + "' has both JsonLogic targeting and rules or a rollout;"
          + " keep one of them");
    }
  }

  private void requireVariant(String variant, String where) {
    if (!variants().containsKey(variant)) {
      throw new IllegalArgumentException(where + " of flag '" + key() + "' names variant '" + variant
          + "', which is not one of " + variants().keySet() + "; add the variant or fix the name");
    }
  }
}
