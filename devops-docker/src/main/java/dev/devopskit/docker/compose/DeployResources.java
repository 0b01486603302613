package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code deploy.resources}: what a container may use at most ({@code limits}) and is guaranteed
 * ({@code reservations}).
 *
 * <pre>{@code
 * DeployResources resources = DeployResources.builder()
 *     .limits(ResourceSpec.builder().cpus("1").memory("512m").build())
 *     .reservations(ResourceSpec.builder().memory("256m").build()).build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class DeployResources implements WithDeployResources {
  static final List<String> KEYS = List.of("limits", "reservations");

  /** {@code limits}. */
  public abstract Optional<ResourceSpec> limits();

  /** {@code reservations}. */
  public abstract Optional<ResourceSpec> reservations();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** Starts resources. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds resources. */
  public static final class Builder extends ImmutableDeployResources.Builder {}

  @Value.Check
  protected void check() {
    if (limits().map(l -> !l.devices().isEmpty()).orElse(false)) {
      throw new IllegalArgumentException("'resources.limits' takes no devices: reserve them in "
          + "'resources.reservations.devices'");
    }
    if (reservations().flatMap(ResourceSpec::pids).isPresent()) {
      throw new IllegalArgumentException("'resources.reservations' takes no pids: limit them in "
          + "'resources.limits.pids'");
    }
    ComposeValues.notOwn("resources", other().keySet(), KEYS);
  }
}
