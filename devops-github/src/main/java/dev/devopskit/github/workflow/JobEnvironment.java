package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The deployment {@code environment} of a job: its name and, optionally, the URL shown on the run.
 *
 * <pre>{@code
 * JobEnvironment.named("production").withUrl("https://example.com")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class JobEnvironment implements WithJobEnvironment {

  /** The environment's name (may hold an expression). */
  public abstract String name();

  /** The URL shown on the run. */
  public abstract Optional<String> url();

  /** {@code deployment}: {@code false} to use the environment without creating a deployment. */
  public abstract Optional<String> deployment();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** An environment with a name. */
  public static JobEnvironment named(String name) {
    return builder().name(name).build();
  }

  /** Starts an environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds environments. */
  public static final class Builder extends ImmutableJobEnvironment.Builder {}

  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("environment.name is empty; name the environment, such as 'production'");
    }
  }
}
