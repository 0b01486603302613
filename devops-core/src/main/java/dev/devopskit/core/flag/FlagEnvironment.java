package dev.devopskit.core.flag;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** What a flag does in one environment: whether it is on at all, its default variant and its rollout there. */
@Value.Immutable
@DevOpsStyle
public abstract class FlagEnvironment implements WithFlagEnvironment {

  /** Whether the flag is enabled there; empty means as the flag says. */
  public abstract Optional<Boolean> enabled();

  /** The variant served there when no rule matches; empty means the flag's default. */
  public abstract Optional<String> defaultVariant();

  /** The rollout there; empty means the flag's rollout. */
  public abstract Optional<Rollout> rollout();

  /** Serves this variant by default in the environment. */
  public static FlagEnvironment serving(String variant) {
    return builder().defaultVariant(variant).build();
  }

  /** Rolls out in the environment. */
  public static FlagEnvironment rollingOut(Rollout rollout) {
    return builder().rollout(rollout).build();
  }

  /** Starts a setting. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds settings. */
  public static final class Builder extends ImmutableFlagEnvironment.Builder {}
}
