package dev.devopskit.docs.diagram;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An arrow of a {@link Flowchart}, from one node id to another, with an optional label. */
@Value.Immutable
@DevOpsStyle
public abstract class FlowEdge implements WithFlowEdge {

  /** The id of the node it starts at. */
  public abstract String source();

  /** The id of the node it points to. */
  public abstract String target();

  /** The label on the arrow: {@code manual approval}. */
  public abstract Optional<String> label();

  /** Whether the line is dotted (an optional or manual path). */
  @Value.Default
  public boolean dotted() {
    return false;
  }

  /** An arrow between two nodes. */
  public static FlowEdge of(String from, String to) {
    return builder().source(from).target(to).build();
  }

  /** A labelled arrow. */
  public static FlowEdge of(String from, String to, String label) {
    return builder().source(from).target(to).label(label).build();
  }

  /** Starts an edge. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds edges. */
  public static final class Builder extends ImmutableFlowEdge.Builder {}

  @Value.Check
  protected void check() {
    if (label().filter(l -> l.contains("\n")).isPresent()) {
      throw new IllegalArgumentException("the label of edge " + source() + " -> " + target() + " must be one line");
    }
  }
}
