package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code deploy.restart_policy}: when and how often the platform restarts a stopped container.
 *
 * <pre>{@code
 * RestartPolicy policy = RestartPolicy.builder().condition("on-failure").delay("5s").maxAttempts(3).build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class RestartPolicy implements WithRestartPolicy {
  static final List<String> KEYS = List.of("condition", "delay", "max_attempts", "window");
  /** The conditions compose knows. */
  public static final List<String> CONDITIONS = List.of("none", "on-failure", "any");

  /** {@code condition}: {@code none}, {@code on-failure} or {@code any}. */
  public abstract Optional<String> condition();

  /** {@code delay} between attempts, a duration like {@code 5s}. */
  public abstract Optional<String> delay();

  /** {@code max_attempts}: a whole number, or a variable. */
  public abstract Optional<String> maxAttempts();

  /** {@code window}: how long a restart must run to count as successful, a duration. */
  public abstract Optional<String> window();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** Starts a restart policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds restart policies. */
  public static final class Builder extends ImmutableRestartPolicy.Builder {
    /** {@code max_attempts} as a number. */
    public final Builder maxAttempts(int attempts) {
      maxAttempts(String.valueOf(attempts));
      return this;
    }
  }

  @Value.Check
  protected void check() {
    condition().ifPresent(c -> ComposeValues.oneOf("restart_policy.condition", c, CONDITIONS));
    delay().ifPresent(d -> ComposeValues.duration("restart_policy.delay", d));
    maxAttempts().ifPresent(m -> ComposeValues.wholeNumber("restart_policy.max_attempts", m));
    window().ifPresent(w -> ComposeValues.duration("restart_policy.window", w));
    ComposeValues.notOwn("restart_policy", other().keySet(), KEYS);
  }
}
