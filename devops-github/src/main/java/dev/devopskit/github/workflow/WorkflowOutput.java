package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An output of a reusable workflow ({@code on.workflow_call.outputs}): a description and its value expression. */
@Value.Immutable
@DevOpsStyle
public abstract class WorkflowOutput implements WithWorkflowOutput {

  /** {@code description}. */
  public abstract Optional<String> description();

  /** {@code value}: usually {@code ${{ jobs.<id>.outputs.<name> }}}. */
  public abstract String value();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** An output with a value. */
  public static WorkflowOutput of(String value) {
    return builder().value(value).build();
  }

  /** Starts an output. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds outputs. */
  public static final class Builder extends ImmutableWorkflowOutput.Builder {}
}
