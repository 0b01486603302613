package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code concurrency} group: runs in the same group wait for (or cancel) each other.
 *
 * <pre>{@code
 * Concurrency.group("deploy-${{ github.ref }}").withCancelInProgress("true")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Concurrency implements WithConcurrency {

  /** The group name, often with an expression. */
  public abstract String group();

  /** {@code cancel-in-progress}: {@code true}, {@code false} or an expression. */
  public abstract Optional<String> cancelInProgress();

  /** {@code queue}: {@code single} or {@code max}. */
  public abstract Optional<String> queue();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** A group that queues runs. */
  public static Concurrency group(String group) {
    return builder().group(group).build();
  }

  /** A group that cancels the run in progress when a new one starts. */
  public static Concurrency cancelling(String group) {
    return builder().group(group).cancelInProgress("true").build();
  }

  /** Starts a concurrency setting. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds concurrency settings. */
  public static final class Builder extends ImmutableConcurrency.Builder {
    /** Sets {@code cancel-in-progress} to a constant. */
    public Builder cancelInProgress(boolean cancel) {
      return cancelInProgress(String.valueOf(cancel));
    }
  }
}
