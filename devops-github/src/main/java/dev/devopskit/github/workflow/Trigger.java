package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One event under {@code on:} with its filters: activity {@code types}; {@code branches}, {@code tags},
 * {@code paths} and their {@code -ignore} twins; the {@code schedule}'s cron entries; the inputs, outputs and
 * secrets of {@code workflow_dispatch} and {@code workflow_call}; the {@code workflows} of {@code workflow_run}.
 *
 * <pre>{@code
 * Trigger.push("main")
 * Trigger.pullRequest().withPathsIgnore("docs/**")
 * Trigger.schedule("0 3 * * 1")
 * Trigger.workflowDispatch().withInputs(Map.of("environment", Input.choice("Where", "staging", "production")))
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Trigger implements WithTrigger {

  /** The event name, such as {@code push}. */
  public abstract String event();

  /** {@code types}: the activity types. */
  public abstract List<String> types();

  /** {@code workflows} of {@code workflow_run}. */
  public abstract List<String> workflows();

  /** {@code names} of {@code image_version}: the image names whose new versions trigger the workflow. */
  public abstract List<String> names();

  /** {@code versions} of {@code image_version}: version patterns. */
  public abstract List<String> versions();

  /** {@code branches}: branch name patterns. */
  public abstract List<String> branches();

  /** {@code branches-ignore}. */
  public abstract List<String> branchesIgnore();

  /** {@code tags}: tag name patterns. */
  public abstract List<String> tags();

  /** {@code tags-ignore}. */
  public abstract List<String> tagsIgnore();

  /** {@code paths}: file path patterns. */
  public abstract List<String> paths();

  /** {@code paths-ignore}. */
  public abstract List<String> pathsIgnore();

  /** {@code inputs} of {@code workflow_dispatch} and {@code workflow_call}. */
  public abstract Map<String, Input> inputs();

  /** {@code outputs} of {@code workflow_call}. */
  public abstract Map<String, WorkflowOutput> outputs();

  /** {@code secrets} of {@code workflow_call}. */
  public abstract Map<String, WorkflowSecret> secrets();

  /** The entries of {@code schedule}. */
  public abstract List<Cron> schedules();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** Whether the trigger has nothing but its event (written {@code on: push} or {@code push:}). */
  public boolean isBare() {
    return types().isEmpty() && workflows().isEmpty() && names().isEmpty() && versions().isEmpty()
        && branches().isEmpty() && branchesIgnore().isEmpty()
        && tags().isEmpty() && tagsIgnore().isEmpty() && paths().isEmpty() && pathsIgnore().isEmpty()
        && inputs().isEmpty() && outputs().isEmpty() && secrets().isEmpty() && schedules().isEmpty()
        && extensions().isEmpty();
  }

  /** Any event, with no filters. */
  public static Trigger of(String event) {
    return builder().event(event).build();
  }

  /** {@code push}, to the given branches (any branch when none are given). */
  public static Trigger push(String... branches) {
    return builder().event("push").addBranches(branches).build();
  }

  /** {@code pull_request}, targeting the given branches (any branch when none are given). */
  public static Trigger pullRequest(String... branches) {
    return builder().event("pull_request").addBranches(branches).build();
  }

  /** {@code schedule} with one or more cron expressions. */
  public static Trigger schedule(String... crons) {
    Builder builder = builder().event("schedule");
    for (String cron : crons) {
      builder.addSchedule(Cron.of(cron));
    }
    return builder.build();
  }

  /** {@code workflow_dispatch}: the workflow can be run by hand. */
  public static Trigger workflowDispatch() {
    return of("workflow_dispatch");
  }

  /** {@code workflow_call}: the workflow can be called by other workflows. */
  public static Trigger workflowCall() {
    return of("workflow_call");
  }

  /** Starts a trigger. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds triggers. */
  public static final class Builder extends ImmutableTrigger.Builder {}

  @Value.Check
  protected void check() {
    if (event().isBlank()) {
      throw new IllegalArgumentException("trigger event is empty; use an event such as 'push'");
    }
    twins("branches", branches(), branchesIgnore());
    twins("tags", tags(), tagsIgnore());
    twins("paths", paths(), pathsIgnore());
    if (!schedules().isEmpty() && !event().equals("schedule")) {
      throw new IllegalArgumentException("on." + event() + " has cron entries; only 'schedule' has them");
    }
    if (event().equals("schedule") && schedules().isEmpty()) {
      throw new IllegalArgumentException("on.schedule has no cron entry; add one such as Cron.of(\"0 3 * * 1\")");
    }
    for (Map.Entry<String, Input> input : inputs().entrySet()) {
      Ids.check("on." + event() + ".inputs key", input.getKey());
      if (event().equals("workflow_call")) {
        InputType type = input.getValue().type().orElseThrow(() -> new IllegalArgumentException(
            "on.workflow_call.inputs." + input.getKey() + " has no type; give it string, boolean or number"));
        if (type == InputType.CHOICE || type == InputType.ENVIRONMENT) {
          throw new IllegalArgumentException("on.workflow_call.inputs." + input.getKey() + " has type "
              + type.text() + "; reusable workflows accept string, boolean or number");
        }
      }
    }
  }

  private void twins(String name, List<String> filter, List<String> ignore) {
    if (!filter.isEmpty() && !ignore.isEmpty()) {
      throw new IllegalArgumentException("on." + event() + " has both " + name + " and " + name
          + "-ignore; they exclude each other: use " + name + " with '!' patterns instead");
    }
  }
}
