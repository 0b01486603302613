package dev.devopskit.docs.diagram;

import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** A node of a {@link Flowchart}: an id (letters, digits, underscores), a label and a shape. */
@Value.Immutable
@DevOpsStyle
public abstract class FlowNode implements WithFlowNode {

  /** The shapes Mermaid draws. */
  public enum Shape {
    /** A rectangle: {@code id["label"]}. */
    BOX,
    /** Rounded corners: {@code id("label")}. */
    ROUNDED,
    /** A stadium: {@code id(["label"])}, used for start and end. */
    STADIUM,
    /** A cylinder: {@code id[("label")]}, used for databases. */
    DATABASE,
    /** A diamond: {@code id{"label"}}, used for decisions and approvals. */
    DECISION
  }

  /** The id used in edges: {@code build}. */
  public abstract String id();

  /** The label shown; the id when not set. */
  @Value.Default
  public String label() {
    return id();
  }

  /** The shape. */
  @Value.Default
  public Shape shape() {
    return Shape.BOX;
  }

  /** A box with a label. */
  public static FlowNode of(String id, String label) {
    return builder().id(id).label(label).build();
  }

  /** A node with a shape. */
  public static FlowNode of(String id, String label, Shape shape) {
    return builder().id(id).label(label).shape(shape).build();
  }

  /** Starts a node. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds nodes. */
  public static final class Builder extends ImmutableFlowNode.Builder {}

  @Value.Check
  protected void check() {
    if (!id().matches("[A-Za-z][A-Za-z0-9_]*") || id().equalsIgnoreCase("end") || id().equals("graph")
        || id().equals("subgraph")) {
      throw new IllegalArgumentException("flowchart node id '" + id() + "' must be letters, digits and '_', start "
          + "with a letter and not be a Mermaid keyword (end, graph, subgraph); put the text in the label");
    }
    if (label().contains("\n")) {
      throw new IllegalArgumentException("flowchart node '" + id() + "' needs a one-line label");
    }
  }
}
