package dev.devopskit.github.action;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.github.workflow.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code runs}: how the action runs. One value for the three kinds GitHub knows, told apart by {@link #using()}
 * ({@link #kind()}): {@code composite} ({@link #steps()}), {@code docker} ({@link #image()} and its entry points)
 * or {@code node20}/{@code node24}... ({@link #main()} and its pre and post scripts).
 *
 * <pre>{@code
 * ActionRuns.composite(List.of(Step.run("./build.sh").withShell("bash")))
 * ActionRuns.docker("Dockerfile")
 * ActionRuns.node("node20", "dist/index.js")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class ActionRuns implements WithActionRuns {

  /** What kind of action {@code using} names. */
  public enum Kind {
    /** {@code using: composite}: steps run in the caller's job. */
    COMPOSITE,
    /** {@code using: docker}: a container built from a Dockerfile or pulled from a registry. */
    DOCKER,
    /** {@code using: node20} (or another Node.js version): a JavaScript file. */
    JAVASCRIPT,
    /** A value GitHub does not know (reported by the reader). */
    OTHER
  }

  /** {@code using}: {@code composite}, {@code docker}, {@code node20}, {@code node24}... */
  public abstract String using();

  /** {@code steps} of a composite action. */
  public abstract List<Step> steps();

  /** {@code image} of a Docker action: {@code Dockerfile}, a path, or {@code docker://image:tag}. */
  public abstract Optional<String> image();

  /** {@code entrypoint} of a Docker action, in place of the image's. */
  public abstract Optional<String> entrypoint();

  /** {@code args} passed to a Docker action's entry point. */
  public abstract List<String> args();

  /** {@code env} of a Docker action's container. */
  public abstract Map<String, String> env();

  /** {@code pre-entrypoint} of a Docker action: runs before {@code entrypoint}. */
  public abstract Optional<String> preEntrypoint();

  /** {@code post-entrypoint} of a Docker action: runs when the job ends. */
  public abstract Optional<String> postEntrypoint();

  /** {@code main}: the script a JavaScript action runs. */
  public abstract Optional<String> main();

  /** {@code pre}: a script a JavaScript action runs at the start of the job. */
  public abstract Optional<String> pre();

  /** {@code post}: a script a JavaScript action runs at the end of the job. */
  public abstract Optional<String> post();

  /** {@code pre-if}: the condition of {@code pre} or {@code pre-entrypoint}. */
  public abstract Optional<String> preIf();

  /** {@code post-if}: the condition of {@code post} or {@code post-entrypoint}. */
  public abstract Optional<String> postIf();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** The kind of action {@link #using()} names. */
  @Value.Derived
  public Kind kind() {
    String using = using();
    if (using.equals("composite")) {
      return Kind.COMPOSITE;
    }
    if (using.equals("docker")) {
      return Kind.DOCKER;
    }
    return using.matches("node[0-9]+") ? Kind.JAVASCRIPT : Kind.OTHER;
  }

  @Value.Check
  protected void check() {
    if (using().isBlank()) {
      throw new IllegalArgumentException("runs.using is empty; use composite, docker or node20");
    }
  }

  /** A composite action of these steps. */
  public static ActionRuns composite(List<Step> steps) {
    return builder().using("composite").addAllSteps(steps).build();
  }

  /** A Docker action of this image ({@code Dockerfile}, or {@code docker://image:tag}). */
  public static ActionRuns docker(String image) {
    return builder().using("docker").image(image).build();
  }

  /** A JavaScript action: {@code node20} (or another version) running {@code main}. */
  public static ActionRuns node(String using, String main) {
    return builder().using(using).main(main).build();
  }

  /** Starts a {@code runs}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@code runs}. */
  public static final class Builder extends ImmutableActionRuns.Builder {}
}
