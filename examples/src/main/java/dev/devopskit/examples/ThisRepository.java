package dev.devopskit.examples;

import dev.devopskit.github.expression.Expr;
import dev.devopskit.github.preset.PinnedActions;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.RunsOn;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;

/**
 * devops-kit's own CI workflow, defined with devops-kit: the tests, then the main example (init, check, and a
 * second init that changes nothing). {@code ThisRepositoryTest} keeps {@code .github/workflows/ci.yml} equal to it.
 */
public final class ThisRepository {
  private ThisRepository() {}

  /** The workflow. */
  public static Workflow ci() {
    Step checkout = Step.uses(PinnedActions.of("actions/checkout").orElseThrow()).withInput(
        "persist-credentials", "false");
    Step java = Step.builder().uses(PinnedActions.of("actions/setup-java").orElseThrow())
        .input("distribution", "temurin").input("java-version", "17").input("cache", "maven").build();
    return Workflow.builder().name("CI").fileName("ci.yml")
        .addOn(Trigger.pullRequest()).addOn(Trigger.push("main"))
        .permissions(Permissions.of("contents", Access.READ))
        .concurrency(Concurrency.builder().group(Expr.github("workflow") + "-" + Expr.of(
            "github.event.pull_request.number || github.sha")).cancelInProgress(Expr.of(
            "github.event_name == 'pull_request'").toString()).build())
        .putJob("test", Job.builder().name("Tests").runsOn(RunsOn.label("ubuntu-latest")).timeoutMinutes(10)
            .addSteps(checkout, java, Step.builder().name("Unit and integration tests")
                .run("./mvnw -B -ntp verify").build()).build())
        .putJob("example", Job.builder().name("Main example: init and check").runsOn(RunsOn.label("ubuntu-latest"))
            .timeoutMinutes(8).addSteps(checkout, java, Step.builder().name("devops init, devops check")
                .run("bash examples/run-main-example.sh").build()).build())
        .build();
  }
}
