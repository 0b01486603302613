package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of {@code develop.watch}: what {@code docker compose watch} does when files under a path change.
 *
 * <pre>{@code
 * WatchRule sources = WatchRule.sync("./src", "/app/src");
 * WatchRule dependencies = WatchRule.rebuild("package.json");
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class WatchRule implements WithWatchRule {
  static final List<String> KEYS = List.of("action", "path", "target", "ignore", "include", "initial_sync",
      "exec");

  /** What compose does on a change. */
  public enum Action {
    /** Copy the changed files into the running container. */
    SYNC("sync"),
    /** Build the image again and replace the container. */
    REBUILD("rebuild"),
    /** Copy the changed files, then restart the container. */
    SYNC_RESTART("sync+restart"),
    /** Restart the container. */
    RESTART("restart"),
    /** Copy the changed files, then run a command in the container ({@code exec}). */
    SYNC_EXEC("sync+exec");

    private final String text;

    Action(String text) {
      this.text = text;
    }

    /** The word compose uses ({@code sync+restart}). */
    public String text() {
      return text;
    }

    /** The action compose names with this word. */
    public static Optional<Action> of(String text) {
      return Arrays.stream(values()).filter(a -> a.text.equals(text)).findFirst();
    }

    /** Whether the action copies files, and so needs a {@code target}. */
    public boolean syncs() {
      return this == SYNC || this == SYNC_RESTART || this == SYNC_EXEC;
    }

    /** The words compose knows. */
    public static List<String> texts() {
      return Arrays.stream(values()).map(Action::text).toList();
    }
  }

  /** {@code action}. */
  public abstract Action action();

  /** {@code path} watched, relative to the project folder. */
  public abstract String path();

  /** {@code target}: where synced files go in the container. */
  public abstract Optional<String> target();

  /** {@code ignore}: patterns under {@code path} that do not trigger the action. */
  public abstract List<String> ignore();

  /** {@code include}: patterns under {@code path} that alone trigger the action. */
  public abstract List<String> include();

  /** {@code initial_sync}: sync everything once when watching starts. */
  public abstract Optional<Boolean> initialSync();

  /** {@code exec}: the command a {@code sync+exec} rule runs after syncing. */
  public abstract Optional<ServiceHook> exec();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** Copies changes under {@code path} to {@code target} in the running container. */
  public static WatchRule sync(String path, String target) {
    return builder().action(Action.SYNC).path(path).target(target).build();
  }

  /** Rebuilds the image when {@code path} changes (a lockfile, a build file). */
  public static WatchRule rebuild(String path) {
    return builder().action(Action.REBUILD).path(path).build();
  }

  /** Starts a watch rule. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds watch rules. */
  public static final class Builder extends ImmutableWatchRule.Builder {}

  @Value.Check
  protected void check() {
    if (path().isBlank()) {
      throw new IllegalArgumentException("a watch rule needs a 'path', like ./src");
    }
    if (action().syncs() && target().isEmpty()) {
      throw new IllegalArgumentException("watch action '" + action().text()
          + "' needs a 'target': the folder in the container, like /app/src");
    }
    if (action() == Action.SYNC_EXEC && exec().isEmpty()) {
      throw new IllegalArgumentException("watch action 'sync+exec' needs an 'exec' command");
    }
    if (action() != Action.SYNC_EXEC && exec().isPresent()) {
      throw new IllegalArgumentException("'exec' runs only with the watch action 'sync+exec', not '"
          + action().text() + "'");
    }
    ComposeValues.notOwn("watch", other().keySet(), KEYS);
  }
}
