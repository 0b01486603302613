package dev.devopskit.github.rules;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.github.action.Action;
import dev.devopskit.github.workflow.Workflow;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a step is, for a {@link StepRule}: the path to report at, and the workflow and job it belongs to, or the
 * composite action whose {@code runs.steps} it is one of.
 */
@Value.Immutable
@DevOpsStyle
public abstract class StepScope implements WithStepScope {

  /** The step's path: {@code jobs.<id>.steps[i]} in a workflow, {@code runs.steps[i]} in an action. */
  public abstract DocPath path();

  /** The workflow, for a step of a job. */
  public abstract Optional<Workflow> workflow();

  /** The job's id, for a step of a job. */
  public abstract Optional<String> jobId();

  /** The composite action, for one of its steps. */
  public abstract Optional<Action> action();

  /** A step of a job: {@code jobs.<jobId>.steps[index]}. */
  public static StepScope inJob(Workflow workflow, String jobId, int index) {
    return builder().path(Pipelines.step(jobId, index)).workflow(workflow).jobId(jobId).build();
  }

  /** A step of a composite action: {@code runs.steps[index]}. */
  public static StepScope inAction(Action action, int index) {
    return builder().path(DocPath.of("runs", "steps").index(index)).action(action).build();
  }

  /** Starts a scope. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds scopes. */
  public static final class Builder extends ImmutableStepScope.Builder {}
}
