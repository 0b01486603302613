package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A GitHub Actions workflow: a file under {@code .github/workflows/}.
 *
 * <pre>{@code
 * Workflow ci = Workflow.builder()
 *     .name("CI")
 *     .addOn(Trigger.push("main"), Trigger.pullRequest())
 *     .permissions(Permissions.of("contents", Access.READ))
 *     .putJob("build", Job.runsOn("ubuntu-latest").withSteps(
 *         Step.uses("actions/checkout@v4"),
 *         Step.run("./mvnw -B verify")))
 *     .build();
 * }</pre>
 *
 * <p>Grammar is checked when a workflow is built: job ids, {@code needs} naming existing jobs and no cycles,
 * unique events. Practices (pinned actions, timeouts) are the rules' business.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Workflow implements WithWorkflow {

  /** {@code name}: shown in the Actions tab. */
  public abstract Optional<String> name();

  /** {@code run-name}: the name of each run, often with an expression. */
  public abstract Optional<String> runName();

  /** {@code on}: the events that start the workflow, in order. */
  public abstract List<Trigger> on();

  /** {@code cache-mode}: the access to the Actions cache: {@code read}, {@code write}, {@code write-only} or {@code none}. */
  public abstract Optional<String> cacheMode();

  /** {@code permissions} of the token for every job. */
  public abstract Optional<Permissions> permissions();

  /** {@code env}: environment variables of every job. */
  public abstract Map<String, String> env();

  /** {@code env} as one expression. */
  public abstract Optional<String> envExpression();

  /** {@code defaults.run} of every job. */
  public abstract Optional<Defaults> defaults();

  /** {@code concurrency} of the whole workflow. */
  public abstract Optional<Concurrency> concurrency();

  /** {@code jobs} by id, in order. */
  public abstract Map<String, Job> jobs();

  /** Top-level keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /**
   * The file name under {@code .github/workflows/}, such as {@code ci.yml}; not part of the workflow's content, so
   * it does not take part in equality. When absent the name is derived from {@link #name()}.
   */
  @Value.Auxiliary
  public abstract Optional<String> fileName();

  /** The trigger of an event, if the workflow has it. */
  public Optional<Trigger> trigger(String event) {
    return on().stream().filter(t -> t.event().equals(event)).findFirst();
  }

  /** The file name this workflow is written to: {@link #fileName()}, or the name in kebab case with {@code .yml}. */
  public String effectiveFileName() {
    if (fileName().isPresent()) {
      String name = fileName().get();
      return name.endsWith(".yml") || name.endsWith(".yaml") ? name : name + ".yml";
    }
    String slug = name().orElse("ci").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return (slug.isEmpty() ? "ci" : slug) + ".yml";
  }

  /** Starts a workflow. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds workflows. */
  public static final class Builder extends ImmutableWorkflow.Builder {}

  @Value.Check
  protected void check() {
    Set<String> events = new HashSet<>();
    for (Trigger trigger : on()) {
      if (!events.add(trigger.event())) {
        throw new IllegalArgumentException("on has the event '" + trigger.event() + "' twice; merge its filters");
      }
    }
    if (!env().isEmpty() && envExpression().isPresent()) {
      throw new IllegalArgumentException("workflow 'env' is either a map or one expression, not both");
    }
    for (Map.Entry<String, Job> job : jobs().entrySet()) {
      Ids.check("job id", job.getKey());
      for (String need : job.getValue().needs()) {
        if (!jobs().containsKey(need)) {
          throw new IllegalArgumentException("job '" + job.getKey() + "' needs '" + need
              + "', which is not a job of this workflow; use one of " + jobs().keySet());
        }
      }
    }
    if (cacheMode().isPresent()) {
      CacheModes.check("cache-mode", cacheMode().get());
    }
    List<String> cycle = cycle();
    if (!cycle.isEmpty()) {
      throw new IllegalArgumentException("jobs need each other in a cycle: " + String.join(" -> ", cycle)
          + "; remove one of these needs");
    }
  }

  /**
   * Whether a text can be a job id (or a step or service id): a letter or {@code _} first, then letters, digits,
   * {@code -} and {@code _}.
   */
  public static boolean isJobId(String id) {
    return Ids.valid(id);
  }

  /** A cycle in {@code needs}, as job ids from the first back to itself; empty when there is none. */
  public List<String> cycle() {
    Map<String, List<String>> needs = new LinkedHashMap<>();
    for (Map.Entry<String, Job> job : jobs().entrySet()) {
      needs.put(job.getKey(), job.getValue().needs());
    }
    return needsCycle(needs);
  }

  /**
   * A cycle in a graph of needs (each job id to the ids it needs; ids that are not keys need nothing), as job ids
   * from the first back to itself, found from the keys in their order; empty when there is none. Lets a reader find
   * cycles before it builds a workflow, which rejects them.
   */
  public static List<String> needsCycle(Map<String, ? extends List<String>> needs) {
    Map<String, Integer> state = new HashMap<>();
    for (String job : needs.keySet()) {
      List<String> path = new ArrayList<>();
      if (visit(job, needs, state, path)) {
        int start = path.indexOf(path.get(path.size() - 1));
        return List.copyOf(path.subList(start, path.size()));
      }
    }
    return List.of();
  }

  private static boolean visit(String job, Map<String, ? extends List<String>> needs, Map<String, Integer> state,
      List<String> path) {
    Integer seen = state.get(job);
    path.add(job);
    if (seen != null && seen == 1) {
      return true;
    }
    if (seen != null) {
      path.remove(path.size() - 1);
      return false;
    }
    state.put(job, 1);
    List<String> value = needs.get(job);
    if (value != null) {
      for (String need : value) {
        if (visit(need, needs, state, path)) {
          return true;
        }
      }
    }
    state.put(job, 2);
    path.remove(path.size() - 1);
    return false;
  }
}
