package dev.devopskit.github.workflow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A value that breaks GitHub's workflow grammar cannot be built; the message names the field and the fix. */
class GrammarTest {

  private static Workflow.Builder twoJobs() {
    return Workflow.builder().addOn(Trigger.push())
        .putJob("build", Job.runsOn("ubuntu-latest").withSteps(Step.run("make")));
  }

  @Test
  void should_reject_a_job_id_with_a_space() {
    assertThatThrownBy(() -> twoJobs().putJob("deploy prod", Job.runsOn("ubuntu-latest")).build())
        .hasMessageContaining("job id 'deploy prod'").hasMessageContaining("deploy-prod");
  }

  @Test
  void should_reject_needs_of_a_job_that_does_not_exist() {
    assertThatThrownBy(() -> twoJobs().putJob("deploy", Job.runsOn("ubuntu-latest").withNeeds("biuld")).build())
        .hasMessageContaining("needs 'biuld'").hasMessageContaining("[build, deploy]");
  }

  @Test
  void should_reject_a_needs_cycle() {
    assertThatThrownBy(() -> Workflow.builder()
        .putJob("a", Job.runsOn("x").withNeeds("b"))
        .putJob("b", Job.runsOn("x").withNeeds("a")).build())
        .hasMessageContaining("cycle: a -> b -> a");
  }

  @Test
  void should_reject_a_step_with_both_run_and_uses_or_neither() {
    assertThatThrownBy(() -> Step.builder().run("make").uses("actions/checkout@v4").build())
        .hasMessageContaining("has uses and run");
    assertThatThrownBy(() -> Step.builder().name("nothing").build())
        .hasMessageContaining("neither 'run' nor 'uses'");
  }

  @Test
  void should_reject_duplicate_step_ids_and_bad_step_ids() {
    assertThatThrownBy(() -> Job.runsOn("x").withSteps(
        Step.run("a").withId("same"), Step.run("b").withId("same")))
        .hasMessageContaining("id 'same'");
    assertThatThrownBy(() -> Step.run("a").withId("1st"))
        .hasMessageContaining("step id '1st'");
  }

  @Test
  void should_reject_timeouts_that_are_not_positive() {
    assertThatThrownBy(() -> Job.builder().runsOn("x").timeoutMinutes(0).build())
        .hasMessageContaining("timeout-minutes is 0");
    assertThatCode(() -> Job.builder().runsOn("x").timeoutMinutes("${{ inputs.timeout }}").build())
        .doesNotThrowAnyException();
  }

  @Test
  void should_reject_a_matrix_over_256_combinations() {
    String[] values = new String[17];
    for (int i = 0; i < values.length; i++) {
      values[i] = "v" + i;
    }
    assertThatThrownBy(() -> Matrix.of("a", values).withDimension("b", values))
        .hasMessageContaining("289 combinations");
  }

  @Test
  void should_reject_untyped_workflow_call_inputs_and_choices_without_options() {
    assertThatThrownBy(() -> Trigger.workflowCall().withInputs(java.util.Map.of("env", Input.builder().build())))
        .hasMessageContaining("has no type");
    assertThatThrownBy(() -> Input.builder().type(InputType.CHOICE).build())
        .hasMessageContaining("no options");
  }

  @Test
  void should_reject_a_filter_with_its_ignore_twin() {
    assertThatThrownBy(() -> Trigger.push("main").withBranchesIgnore("dev"))
        .hasMessageContaining("branches and branches-ignore");
  }

  @Test
  void should_validate_cron_fields_and_ranges() {
    assertThatCode(() -> Trigger.schedule("*/15 0-6 1,15 JAN-JUN MON-FRI")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Cron.of("0 3 * *")).hasMessageContaining("4 fields");
    assertThatThrownBy(() -> Cron.of("61 3 * * *")).hasMessageContaining("'61' is not a valid minute");
    assertThatThrownBy(() -> Cron.of("0 3 * 13 *")).hasMessageContaining("month");
  }

  @Test
  void should_reject_a_call_job_with_steps() {
    assertThatThrownBy(() -> Job.builder().uses("./.github/workflows/deploy.yml").addStep(Step.run("x")).build())
        .hasMessageContaining("cannot have steps");
  }

  @Test
  void should_parse_action_references() {
    ActionRef pinned = ActionRef.pinned("actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2");
    org.assertj.core.api.Assertions.assertThat(pinned.isShaPinned()).isTrue();
    org.assertj.core.api.Assertions.assertThat(pinned.toString()).endsWith("# v4.2.2");
    ActionRef nested = ActionRef.of("github/codeql-action/init@v3");
    org.assertj.core.api.Assertions.assertThat(List.of(nested.repository().orElseThrow(), nested.path().orElseThrow(),
        nested.ref().orElseThrow())).containsExactly("github/codeql-action", "init", "v3");
    org.assertj.core.api.Assertions.assertThat(ActionRef.of("docker://alpine:3.20").image()).contains("alpine:3.20");
    org.assertj.core.api.Assertions.assertThat(ActionRef.of("./.github/actions/setup").kind())
        .isEqualTo(ActionRef.Kind.LOCAL);
    org.assertj.core.api.Assertions.assertThat(ActionRef.of("$/.github/actions/setup").kind())
        .isEqualTo(ActionRef.Kind.SELF);
    assertThatThrownBy(() -> ActionRef.of("actions/checkout")).hasMessageContaining("add the ref");
  }
}
