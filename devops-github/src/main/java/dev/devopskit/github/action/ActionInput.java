package dev.devopskit.github.action;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An input of an action ({@code inputs.<id>}): what callers pass with {@code with:}. */
@Value.Immutable
@DevOpsStyle
public abstract class ActionInput implements WithActionInput {

  /** {@code description}: what the input is for. */
  public abstract Optional<String> description();

  /** {@code required}: whether a caller must pass it (GitHub does not enforce it; it warns). */
  public abstract Optional<Boolean> required();

  /** {@code default}: the value when the caller passes none. */
  public abstract Optional<String> defaultValue();

  /** {@code deprecationMessage}: shown to callers that still pass the input. */
  public abstract Optional<String> deprecationMessage();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** An input with a description. */
  public static ActionInput described(String description) {
    return builder().description(description).build();
  }

  /** Starts an input. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds inputs. */
  public static final class Builder extends ImmutableActionInput.Builder {}
}
