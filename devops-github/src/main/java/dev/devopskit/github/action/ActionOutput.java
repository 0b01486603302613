package dev.devopskit.github.action;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An output of an action ({@code outputs.<id>}). A composite action gives its {@code value}, usually
 * {@code ${{ steps.<id>.outputs.<name> }}}; Docker and JavaScript actions set outputs while they run.
 */
@Value.Immutable
@DevOpsStyle
public abstract class ActionOutput implements WithActionOutput {

  /** {@code description}. */
  public abstract Optional<String> description();

  /** {@code value}: the expression a composite action's output takes. */
  public abstract Optional<String> value();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** The output of a composite action with this value. */
  public static ActionOutput of(String value) {
    return builder().value(value).build();
  }

  /** Starts an output. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds outputs. */
  public static final class Builder extends ImmutableActionOutput.Builder {}
}
