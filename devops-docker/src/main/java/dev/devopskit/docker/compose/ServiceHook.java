package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.value.Masked;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlSequence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A command run inside a service's container: the {@code exec} of a {@code sync+exec} watch rule.
 *
 * <pre>{@code
 * ServiceHook reload = ServiceHook.of("kill", "-HUP", "1");
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class ServiceHook implements WithServiceHook {
  static final List<String> KEYS = List.of("command", "user", "privileged", "working_dir", "environment");

  /** {@code command}: one string or a list, as for a service's command. */
  public abstract YamlNode command();

  /** {@code user} to run it as. */
  public abstract Optional<String> user();

  /** {@code privileged}: run with extended privileges. */
  public abstract Optional<Boolean> privileged();

  /** {@code working_dir}. */
  public abstract Optional<String> workingDir();

  /** {@code environment}; an empty value passes the variable through. Left out of {@code toString()}. */
  @Masked
  public abstract Map<String, Optional<String>> environment();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** A hook that runs a program with arguments (the list form). */
  public static ServiceHook of(String... command) {
    return builder().command(YamlSequence.ofStrings(List.of(command))).build();
  }

  /** Starts a hook. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds hooks. */
  public static final class Builder extends ImmutableServiceHook.Builder {}

  @Value.Check
  protected void check() {
    if (command().isNull()) {
      throw new IllegalArgumentException("a hook needs a 'command'");
    }
    ComposeValues.notOwn("exec", other().keySet(), KEYS);
  }
}
