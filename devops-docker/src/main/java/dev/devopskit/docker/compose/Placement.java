package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code deploy.placement}: which nodes may run the service's containers.
 *
 * <pre>{@code
 * Placement placement = Placement.builder().addConstraint("node.role == worker")
 *     .addPreference("node.labels.zone").maxReplicasPerNode(1).build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Placement implements WithPlacement {

  /** {@code constraints}, like {@code node.role == manager}. */
  public abstract List<String> constraints();

  /**
   * {@code preferences}: the node label each preference spreads over ({@code - spread: node.labels.zone}). A
   * file whose preferences carry {@code x-} extensions keeps them as written in {@link #other()} instead.
   */
  public abstract List<String> preferences();

  /** {@code max_replicas_per_node}: a whole number or a variable. */
  public abstract Optional<String> maxReplicasPerNode();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** Starts a placement. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds placements. */
  public static final class Builder extends ImmutablePlacement.Builder {
    /** {@code max_replicas_per_node} as a number. */
    public final Builder maxReplicasPerNode(int replicas) {
      maxReplicasPerNode(String.valueOf(replicas));
      return this;
    }
  }

  @Value.Check
  protected void check() {
    maxReplicasPerNode().ifPresent(m -> ComposeValues.wholeNumber("placement.max_replicas_per_node", m));
    List<String> own = preferences().isEmpty() ? List.of("constraints", "max_replicas_per_node")
        : List.of("constraints", "preferences", "max_replicas_per_node");
    ComposeValues.notOwn("placement", other().keySet(), own);
  }
}
