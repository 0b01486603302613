package dev.devopskit.flags;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.flags.internal.JsonLogic;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates flags in-process: deterministic and stateless. Rules and rollouts are evaluated exactly as flagd
 * evaluates the exported flag definition (percentage buckets from MurmurHash3 of the flag key and the targeting key,
 * as flagd's {@code fractional}), so a flag gives the same answer here, through OpenFeature and in flagd.
 *
 * <pre>{@code
 * Evaluation e = FlagEvaluator.forEnvironment("production").evaluate(flags, "new-checkout",
 *     EvaluationContext.of("jon@example.com", Map.of("plan", "pro")));
 * }</pre>
 *
 * <p>Reasons: {@code STATIC} when the flag has no targeting, {@code TARGETING_MATCH} when a rule decided,
 * {@code SPLIT} when a percentage rollout decided, {@code DEFAULT} when targeting decided nothing,
 * {@code DISABLED} for a disabled flag, {@code ERROR} with an error code otherwise.
 */
public final class FlagEvaluator {
  private final Optional<String> environment;
  private final Clock clock;

  private FlagEvaluator(Optional<String> environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  /** An evaluator that uses each flag's own settings, not an environment's. */
  public static FlagEvaluator defaults() {
    return new FlagEvaluator(Optional.empty(), Clock.systemUTC());
  }

  /** An evaluator for one environment's settings ({@code production}). */
  public static FlagEvaluator forEnvironment(String environment) {
    return new FlagEvaluator(Optional.of(environment), Clock.systemUTC());
  }

  /** The same evaluator with another clock (flagd's {@code $flagd.timestamp}). */
  public FlagEvaluator withClock(Clock clock) {
    return new FlagEvaluator(environment, Objects.requireNonNull(clock, "clock"));
  }

  /** The environment whose settings apply, if any. */
  public Optional<String> environment() {
    return environment;
  }

  /** Evaluates a flag of a set; {@code FLAG_NOT_FOUND} when the set has no such key. */
  public Evaluation evaluate(FlagSet flags, String key, EvaluationContext context) {
    return flags.flag(key).map(flag -> evaluate(flag, context)).orElseGet(() -> Evaluation.error(key,
        FlagErrorCode.FLAG_NOT_FOUND, "no flag '" + key + "' is defined; add it to the flag file or fix the key"));
  }

  /** Evaluates one flag. */
  public Evaluation evaluate(FeatureFlag flag, EvaluationContext context) {
    if (!flag.enabledIn(environment)) {
      return Evaluation.callerDefault(flag.key(), EvaluationReason.DISABLED);
    }
    Optional<Object> targeting;
    try {
      targeting = flag.targetingTree(environment);
    } catch (IllegalArgumentException e) {
      return Evaluation.error(flag.key(), FlagErrorCode.PARSE_ERROR, "targeting of flag '" + flag.key()
          + "' is " + e.getMessage());
    }
    if (targeting.isEmpty()) {
      return fallback(flag, EvaluationReason.STATIC);
    }
    JsonLogic.Result result;
    try {
      result = JsonLogic.evaluate(targeting.get(), data(flag, context), flag.key());
    } catch (JsonLogic.LogicException e) {
      return Evaluation.error(flag.key(), FlagErrorCode.PARSE_ERROR, "targeting of flag '" + flag.key()
          + "' failed: " + e.getMessage());
    }
    Object value = result.value();
    if (value == null) {
      return fallback(flag, EvaluationReason.DEFAULT);
    }
    String variant = value instanceof Boolean || value instanceof String || value instanceof Number
        ? String.valueOf(value) : null;
    if (variant == null || !flag.variants().containsKey(variant)) {
      return Evaluation.error(flag.key(), FlagErrorCode.GENERAL, "targeting of flag '" + flag.key()
          + "' chose '" + value + "', which is not one of its variants " + flag.variants().keySet());
    }
    return Evaluation.served(flag.key(), variant, flag.variants().get(variant),
        result.split() ? EvaluationReason.SPLIT : EvaluationReason.TARGETING_MATCH);
  }

  private Evaluation fallback(FeatureFlag flag, EvaluationReason reason) {
    return flag.defaultVariantIn(environment)
        .map(v -> Evaluation.served(flag.key(), v, flag.variants().get(v), reason))
        .orElseGet(() -> Evaluation.callerDefault(flag.key(), EvaluationReason.DEFAULT));
  }

  private Map<String, Object> data(FeatureFlag flag, EvaluationContext context) {
    Map<String, Object> data = new LinkedHashMap<>(context.attributes());
    Map<String, Object> flagd = new LinkedHashMap<>();
    flagd.put("flagKey", flag.key());
    flagd.put("timestamp", clock.instant().getEpochSecond());
    data.put("$flagd", flagd);
    return data;
  }
}
