package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code defaults.run} settings of a workflow or job: the shell and working directory of every {@code run}
 * step that does not set its own.
 *
 * <pre>{@code
 * Defaults.shell("bash")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Defaults implements WithDefaults {

  /** {@code defaults.run.shell}. */
  public abstract Optional<String> shell();

  /** {@code defaults.run.working-directory}. */
  public abstract Optional<String> workingDirectory();

  /** Keys of {@code defaults.run} this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** Keys of {@code defaults} beside {@code run} that this model does not know, kept as read. */
  public abstract Map<String, YamlNode> outerExtensions();

  /** Defaults with a shell. */
  public static Defaults shell(String shell) {
    return builder().shell(shell).build();
  }

  /** Defaults with a working directory. */
  public static Defaults workingDirectory(String directory) {
    return builder().workingDirectory(directory).build();
  }

  /** Starts defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds defaults. */
  public static final class Builder extends ImmutableDefaults.Builder {}
}
