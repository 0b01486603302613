package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a job runs: {@code runs-on} as one label, several labels, or a runner group with labels.
 *
 * <pre>{@code
 * RunsOn.label("ubuntu-latest")
 * RunsOn.labels("self-hosted", "linux")
 * RunsOn.group("large-runners")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class RunsOn implements WithRunsOn {

  /** The runner group, when the job runs in one. */
  public abstract Optional<String> group();

  /** The labels a runner must have (or one expression). */
  public abstract List<String> labels();

  /** Keys of the group form this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** One label, such as {@code ubuntu-latest}, or an expression. */
  public static RunsOn label(String label) {
    return builder().addLabel(label).build();
  }

  /** Several labels, all of which a runner must have. */
  public static RunsOn labels(String... labels) {
    return builder().addLabels(labels).build();
  }

  /** A runner group, with optional labels. */
  public static RunsOn group(String group, String... labels) {
    return builder().group(group).addLabels(labels).build();
  }

  /** Starts a runner selection. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds runner selections. */
  public static final class Builder extends ImmutableRunsOn.Builder {}

  @Value.Check
  protected void check() {
    if (group().isEmpty() && labels().isEmpty()) {
      throw new IllegalArgumentException("runs-on needs a label or a group, for example RunsOn.label(\"ubuntu-latest\")");
    }
    for (String label : labels()) {
      if (label.isBlank()) {
        throw new IllegalArgumentException("runs-on: a label is empty; give a runner label such as 'ubuntu-latest'");
      }
    }
  }
}
