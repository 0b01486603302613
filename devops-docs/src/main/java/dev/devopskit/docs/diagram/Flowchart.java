package dev.devopskit.docs.diagram;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Mermaid flowchart: a direction, nodes and edges. Written as a {@code mermaid} fenced block, which GitHub and
 * most Markdown viewers draw.
 *
 * <pre>{@code
 * Flowchart pipeline = Flowchart.builder().addNode(FlowNode.of("build", "Build")).addNode(FlowNode.of("test", "Test"))
 *     .addEdge(FlowEdge.of("build", "test")).build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Flowchart implements WithFlowchart {

  /** Which way the chart flows. */
  public enum Direction {
    /** Left to right. */
    LR,
    /** Top down. */
    TD
  }

  /** The direction; left to right by default. */
  @Value.Default
  public Direction direction() {
    return Direction.LR;
  }

  /** The nodes, in the order they are declared. */
  public abstract List<FlowNode> nodes();

  /** The edges. */
  public abstract List<FlowEdge> edges();

  /**
   * The graph of a pipeline: one node per job (in the map's order, labelled with the job id) and an arrow from
   * each job to every job that {@code needs} it.
   *
   * <pre>{@code
   * Flowchart.fromNeeds(Map.of("build", List.of(), "test", List.of("build")))   // build --> test
   * }</pre>
   *
   * @param needs job id to the ids of the jobs it needs; use an ordered map for a stable drawing
   */
  public static Flowchart fromNeeds(java.util.Map<String, List<String>> needs) {
    Builder chart = builder();
    java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
    for (String job : needs.keySet()) {
      String id = job.replaceAll("[^A-Za-z0-9_]", "_");
      id = Character.isLetter(id.charAt(0)) && !id.equalsIgnoreCase("end") ? id : "job_" + id;
      while (ids.containsValue(id)) {
        id = id + "_";
      }
      ids.put(job, id);
      chart.addNode(FlowNode.of(id, job));
    }
    for (java.util.Map.Entry<String, List<String>> job : needs.entrySet()) {
      for (String need : job.getValue()) {
        if (ids.containsKey(need)) {
          chart.addEdge(FlowEdge.of(ids.get(need), ids.get(job.getKey())));
        }
      }
    }
    return chart.build();
  }

  /**
   * The promotion path of environments, in order; an environment in {@code approved} is reached through a
   * dotted arrow labelled {@code manual approval}, the others automatically.
   */
  public static Flowchart promotionPath(List<String> environments, Set<String> approved) {
    Builder chart = builder();
    String previous = null;
    for (String environment : environments) {
      String id = "env_" + environment.replaceAll("[^A-Za-z0-9_]", "_");
      chart.addNode(FlowNode.of(id, environment, FlowNode.Shape.ROUNDED));
      if (previous != null) {
        boolean manual = approved.contains(environment);
        chart.addEdge(FlowEdge.builder().source(previous).target(id).label(manual ? "manual approval" : "automatic")
            .dotted(manual).build());
      }
      previous = id;
    }
    return chart.build();
  }

  /** Starts a flowchart. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds flowcharts. */
  public static final class Builder extends ImmutableFlowchart.Builder {}

  /** The Mermaid source, without the fences. */
  public String mermaid() {
    StringBuilder out = new StringBuilder("flowchart ").append(direction().name()).append('\n');
    for (FlowNode node : nodes()) {
      String label = quote(node.label());
      String shape = switch (node.shape()) {
        case BOX -> "[" + label + "]";
        case ROUNDED -> "(" + label + ")";
        case STADIUM -> "([" + label + "])";
        case DATABASE -> "[(" + label + ")]";
        case DECISION -> "{" + label + "}";
      };
      out.append("  ").append(node.id()).append(shape).append('\n');
    }
    for (FlowEdge edge : edges()) {
      out.append("  ").append(edge.source()).append(edge.dotted() ? " -.->" : " -->");
      edge.label().ifPresent(l -> out.append('|').append(quote(l)).append('|'));
      out.append(' ').append(edge.target()).append('\n');
    }
    return out.toString();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "#quot;") + "\"";
  }

  @Value.Check
  protected void check() {
    Set<String> ids = new HashSet<>();
    for (FlowNode node : nodes()) {
      if (!ids.add(node.id())) {
        throw new IllegalArgumentException("flowchart node id '" + node.id() + "' is declared twice; ids are unique");
      }
    }
    for (FlowEdge edge : edges()) {
      if (!ids.contains(edge.source()) || !ids.contains(edge.target())) {
        throw new IllegalArgumentException("flowchart edge " + edge.source() + " -> " + edge.target()
            + " names a node that is not declared; add it with addNode");
      }
    }
  }
}
