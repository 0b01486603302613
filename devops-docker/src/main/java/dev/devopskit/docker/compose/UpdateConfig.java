package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code deploy.update_config} or {@code deploy.rollback_config}: how a new version replaces the running
 * containers (or the old one comes back).
 *
 * <pre>{@code
 * UpdateConfig update = UpdateConfig.builder().parallelism(1).delay("10s").failureAction("rollback")
 *     .order("start-first").build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class UpdateConfig implements WithUpdateConfig {
  static final List<String> KEYS = List.of("parallelism", "delay", "failure_action", "monitor",
      "max_failure_ratio", "order");
  /** The orders compose knows. */
  public static final List<String> ORDERS = List.of("stop-first", "start-first");

  /** {@code parallelism}: containers replaced at a time ({@code 0}: all at once); a whole number or a variable. */
  public abstract Optional<String> parallelism();

  /** {@code delay} between groups, a duration like {@code 10s}. */
  public abstract Optional<String> delay();

  /** {@code failure_action}: {@code continue}, {@code pause} or (updates only) {@code rollback}. */
  public abstract Optional<String> failureAction();

  /** {@code monitor}: how long each task is watched for failure, a duration. */
  public abstract Optional<String> monitor();

  /** {@code max_failure_ratio}: the failure rate tolerated, a number from 0 to 1 or a variable. */
  public abstract Optional<String> maxFailureRatio();

  /** {@code order}: {@code stop-first} or {@code start-first}. */
  public abstract Optional<String> order();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** Starts an update configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds update and rollback configurations. */
  public static final class Builder extends ImmutableUpdateConfig.Builder {
    /** {@code parallelism} as a number. */
    public final Builder parallelism(int containers) {
      parallelism(String.valueOf(containers));
      return this;
    }
  }

  @Value.Check
  protected void check() {
    parallelism().ifPresent(p -> ComposeValues.wholeNumber("parallelism", p));
    delay().ifPresent(d -> ComposeValues.duration("delay", d));
    failureAction().ifPresent(f -> ComposeValues.oneOf("failure_action", f, List.of("continue", "pause",
        "rollback")));
    monitor().ifPresent(m -> ComposeValues.duration("monitor", m));
    maxFailureRatio().ifPresent(r -> ComposeValues.number("max_failure_ratio", r));
    order().ifPresent(o -> ComposeValues.oneOf("order", o, ORDERS));
    ComposeValues.notOwn("update_config", other().keySet(), KEYS);
  }
}
