package dev.devopskit.core.flag;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The feature flags of a project, keys unique, in a stable order.
 *
 * <pre>{@code
 * FlagSet flags = FlagSet.of(FeatureFlag.named("new-checkout"), FeatureFlag.named("dark-mode"));
 * }</pre>
 *
 * <p>devops-flags evaluates a set at run time ({@code FlagEvaluator}, {@code FlagSource}).
 */
@Value.Immutable
@DevOpsStyle
public abstract class FlagSet implements WithFlagSet {

  /** The flags in order. */
  public abstract List<FeatureFlag> flags();

  /** The flag with this key. */
  public Optional<FeatureFlag> flag(String key) {
    return flags().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** The keys in order. */
  public List<String> keys() {
    return flags().stream().map(FeatureFlag::key).toList();
  }

  /** This set with the flag added, or replacing the flag with the same key in place. */
  public FlagSet with(FeatureFlag flag) {
    Map<String, FeatureFlag> byKey = new LinkedHashMap<>();
    flags().forEach(f -> byKey.put(f.key(), f));
    byKey.put(flag.key(), flag);
    return builder().flags(byKey.values()).build();
  }

  /** This set with every flag of {@code other} added or replacing its namesake. */
  public FlagSet overlaidWith(FlagSet other) {
    FlagSet result = this;
    for (FeatureFlag flag : other.flags()) {
      result = result.with(flag);
    }
    return result;
  }

  /** A set of these flags. */
  public static FlagSet of(FeatureFlag... flags) {
    return builder().addFlags(flags).build();
  }

  /** An empty set. */
  public static FlagSet empty() {
    return builder().build();
  }

  /** Starts a set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds sets. */
  public static final class Builder extends ImmutableFlagSet.Builder {}

  @Value.Check
  protected void check() {
    Set<String> seen = new HashSet<>();
    for (FeatureFlag flag : flags()) {
      if (!seen.add(flag.key())) {
        throw new IllegalArgumentException("two flags have the key '"
            + Redaction.redactSecrets(flag.key()) + "'; keys must be unique");
      }
    }
  }
}
