package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A service's {@code develop}: the {@code watch} rules {@code docker compose watch} (or {@code up --watch})
 * follows, so that edits reach the running container without a manual rebuild.
 *
 * <pre>{@code
 * Develop develop = Develop.builder()
 *     .addWatch(WatchRule.sync("./src", "/app/src"))
 *     .addWatch(WatchRule.rebuild("package.json")).build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Develop implements WithDevelop {
  static final List<String> KEYS = List.of("watch");

  /** {@code watch} rules, in order. */
  public abstract List<WatchRule> watch();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** Starts a develop section. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds develop sections. */
  public static final class Builder extends ImmutableDevelop.Builder {}

  @Value.Check
  protected void check() {
    ComposeValues.notOwn("develop", other().keySet(), KEYS);
  }
}
