package dev.devopskit.github;

import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;

/** This repository's own CI workflow, in Java: the example of docs/github.md. */
final class ProjectWorkflow {
  private ProjectWorkflow() {}

  static Workflow ci() {
    return Workflow.builder()
        .name("CI")
        .addOn(Trigger.push("main"), Trigger.pullRequest(), Trigger.workflowDispatch())
        .permissions(Permissions.of("contents", Access.READ))
        .concurrency(Concurrency.cancelling("ci-${{ github.ref }}"))
        .putJob("build", Job.builder()
            .name("Build, test and check with the oracles")
            .runsOn("ubuntu-latest")
            .timeoutMinutes(30)
            .addSteps(
                Step.uses("actions/checkout@v4"),
                Step.uses("actions/setup-java@v4")
                    .withInput("distribution", "temurin")
                    .withInput("java-version", "17")
                    .withInput("cache", "maven"),
                Step.uses("actions/setup-node@v4").withInput("node-version", "20"),
                Step.run("./.ci/run").withName("Build, conformance tests and oracles"))
            .build())
        .build();
  }
}
