package dev.devopskit.github.workflow;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An input of a manually run ({@code workflow_dispatch}) or reusable ({@code workflow_call}) workflow.
 *
 * <pre>{@code
 * Input.choice("Where to deploy", "staging", "production").withDefaultValue("staging")
 * Input.of(InputType.BOOLEAN, "Skip the tests").withDefaultValue("false")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Input implements WithInput {

  /** {@code description}. */
  public abstract Optional<String> description();

  /** {@code deprecationMessage}: shown when the input is used. */
  public abstract Optional<String> deprecationMessage();

  /** {@code required}. */
  public abstract Optional<Boolean> required();

  /** {@code default}, as text ({@code true}, {@code 42}, {@code main}). */
  public abstract Optional<String> defaultValue();

  /** {@code type}. */
  public abstract Optional<InputType> type();

  /** {@code options} of a choice. */
  public abstract List<String> options();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** An input of a type with a description. */
  public static Input of(InputType type, String description) {
    return builder().type(type).description(description).build();
  }

  /** A choice between options. */
  public static Input choice(String description, String... options) {
    return builder().type(InputType.CHOICE).description(description).addOptions(options).build();
  }

  /** Starts an input. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds inputs. */
  public static final class Builder extends ImmutableInput.Builder {}

  @Value.Check
  protected void check() {
    if (type().filter(t -> t == InputType.CHOICE).isPresent() && options().isEmpty()) {
      throw new IllegalArgumentException("input of type choice has no options; add them with addOptions(...)");
    }
    if (type().filter(t -> t == InputType.CHOICE).isPresent() && defaultValue().isPresent()
        && !defaultValue().get().contains("${{") && !options().contains(defaultValue().get())) {
      throw new IllegalArgumentException("input default '"
          + Redaction.redactSecrets(defaultValue().get()) + "' is not one of its options "
          + options());
    }
    defaultValue().ifPresent(d -> {
      if (type().filter(t -> t == InputType.BOOLEAN).isPresent() && !d.equals("true") && !d.equals("false")
          && !d.contains("${{")) {
        throw new IllegalArgumentException("boolean input default '"
            + Redaction.redactSecrets(d) + "' must be true or false");
      }
      if (type().filter(t -> t == InputType.NUMBER).isPresent() && !Numbers.isNumber(d) && !d.contains("${{")) {
        throw new IllegalArgumentException("number input default '"
            + Redaction.redactSecrets(d) + "' must be a number");
      }
    });
  }
}
