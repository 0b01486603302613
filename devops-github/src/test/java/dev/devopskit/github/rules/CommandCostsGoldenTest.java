package dev.devopskit.github.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.testing.Golden;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cost class the command table of {@link Pipelines} gives every line of every script of the corpus's
 * real-world workflows, and every job, kept in {@code src/test/resources/golden/real-world-command-costs.txt}. It
 * pins what the table and the prefilter derived from it decide (a tool added or a pattern widened shows as a diff
 * here); the rules' findings built on it are pinned by {@link WorkflowFindingsGoldenTest}. Regenerate with
 * {@code -Ddevopskit.updateGolden=true} and review the diff.
 */
class CommandCostsGoldenTest {
  private static final String GOLDEN = "golden/real-world-command-costs.txt";

  @Test
  void should_classify_every_real_world_command_as_the_golden_file_lists() throws IOException {
    StringBuilder out = new StringBuilder();
    int lines = 0;
    for (Map.Entry<String, Parsed<Workflow>> entry : RealWorld.workflows().entrySet()) {
      Workflow workflow = entry.getValue().value().get();
      for (Map.Entry<String, Job> job : workflow.jobs().entrySet()) {
        Optional<CostClass> jobCost = Pipelines.cost(job.getKey(), job.getValue(), Map.of(), Pipelines::cost);
        out.append(entry.getKey()).append(" jobs.").append(job.getKey()).append(' ')
            .append(jobCost.map(CostClass::name).orElse("-")).append('\n');
        List<Step> steps = job.getValue().steps();
        for (int i = 0; i < steps.size(); i++) {
          for (String line : steps.get(i).run().orElse("").split("\n")) {
            Optional<CostClass> cost = Pipelines.costOfCommand(line);
            if (cost.isPresent()) {
              lines++;
              out.append(entry.getKey()).append(" jobs.").append(job.getKey()).append(".steps[").append(i)
                  .append("] ").append(cost.get().name()).append(' ').append(line.strip()).append('\n');
            }
          }
        }
      }
    }
    Golden.check(CommandCostsGoldenTest.class, GOLDEN, out.toString(), "the cost classes of the real-world commands");
    assertThat(lines).as("classified command lines").isGreaterThan(150);
  }
}
