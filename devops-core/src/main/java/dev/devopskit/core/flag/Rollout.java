package dev.devopskit.core.flag;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A percentage rollout: each variant's weight, and the attribute whose value puts a user in a bucket (by default
 * the flag key followed by the targeting key, as flagd's {@code fractional} does). Buckets are stable: raising
 * {@code on} from 10 to 20 keeps everyone who was in.
 *
 * <pre>{@code
 * Rollout.percent(20)                                  // on: 20, off: 80
 * Rollout.builder().putWeight("a", 50).putWeight("b", 50).bucketBy("user.id").build()
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Rollout implements WithRollout {

  /** The percentage of each variant, in order; they add up to 100. */
  public abstract Map<String, Integer> weights();

  /** The context attribute to bucket on (dotted for nested: {@code user.id}); empty means the targeting key. */
  public abstract Optional<String> bucketBy();

  /** The sum of the weights. */
  public int totalWeight() {
    return weights().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A boolean rollout: {@code on} for this percentage, {@code off} for the rest. */
  public static Rollout percent(int onPercent) {
    return builder().putWeight("on", onPercent).putWeight("off", 100 - onPercent).build();
  }

  /** Starts a rollout. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rollouts. */
  public static final class Builder extends ImmutableRollout.Builder {}

  @Value.Check
  protected void check() {
    if (weights().isEmpty()) {
      throw new IllegalArgumentException("a rollout needs at least one variant weight, like 'on: 10, off: 90'");
    }
    weights().forEach((variant, weight) -> {
      if (weight < 0) {
        throw new IllegalArgumentException("rollout weight of variant '" + variant + "' is " + weight
            + "; weights must be 0 or more");
      }
    });
    if (totalWeight() != 100) {
      throw new IllegalArgumentException("rollout percentages " + weights() + " add up to " + totalWeight()
          + ", not 100; adjust them so they add up to 100");
    }
  }
}
