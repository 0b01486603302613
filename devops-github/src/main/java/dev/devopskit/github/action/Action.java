package dev.devopskit.github.action;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action's metadata file, {@code action.yml}: its name, inputs, outputs and how it {@link ActionRuns runs}.
 *
 * <pre>{@code
 * Action setup = Action.builder().name("Setup").description("Installs the toolchain")
 *     .putInput("version", ActionInput.described("Tool version"))
 *     .runs(ActionRuns.composite(List.of(Step.run("./setup.sh").withShell("bash"))))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Action implements WithAction {

  /** {@code name}: shown in the Actions tab and on Marketplace (GitHub requires it). */
  public abstract Optional<String> name();

  /** {@code description}: one line of what it does (GitHub requires it). */
  public abstract Optional<String> description();

  /** {@code author}. */
  public abstract Optional<String> author();

  /** {@code inputs}, by id, in file order. */
  public abstract Map<String, ActionInput> inputs();

  /** {@code outputs}, by id, in file order. */
  public abstract Map<String, ActionOutput> outputs();

  /** {@code runs}: composite steps, a Docker container or a JavaScript file. */
  public abstract ActionRuns runs();

  /** {@code branding}: icon and color on Marketplace. */
  public abstract Optional<Branding> branding();

  /** Top-level keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** Starts an action. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds actions. */
  public static final class Builder extends ImmutableAction.Builder {}
}
