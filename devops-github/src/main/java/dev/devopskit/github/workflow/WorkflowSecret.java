package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A secret a reusable workflow accepts ({@code on.workflow_call.secrets}). */
@Value.Immutable
@DevOpsStyle
public abstract class WorkflowSecret implements WithWorkflowSecret {

  /** {@code description}. */
  public abstract Optional<String> description();

  /** {@code required}. */
  public abstract Optional<Boolean> required();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** A required secret. */
  public static WorkflowSecret mandatory() {
    return builder().required(true).build();
  }

  /** Starts a secret declaration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds secret declarations. */
  public static final class Builder extends ImmutableWorkflowSecret.Builder {}
}
