package dev.devopskit.github.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.Golden;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every GitHub rule's findings over the conformance corpus's real-world workflows, kept in
 * {@code src/test/resources/golden/real-world-workflow-findings.txt}. A change to what a rule finds (a command
 * classified differently, a token use or an install command missed, a message reworded) fails here with a diff of
 * the findings; when the change is meant, regenerate the file and review the diff in the commit:
 *
 * <pre>
 * ./mvnw -B -ntp -pl devops-github -am verify -Dtest=WorkflowFindingsGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Ddevopskit.updateGolden=true
 * </pre>
 */
class WorkflowFindingsGoldenTest {
  private static final String GOLDEN = "golden/real-world-workflow-findings.txt";
  /** Rules that look at dates see one fixed day, so the snapshot does not age. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void should_find_what_the_golden_file_lists_on_every_real_world_workflow() throws IOException {
    String actual = findings();
    Golden.check(WorkflowFindingsGoldenTest.class, GOLDEN, actual, "the findings on the real-world workflows");
    assertThat(actual.lines().count()).as("findings in the snapshot").isGreaterThan(1000);
  }

  /** One line per finding: {@code path:line:column rule-id message}, files and findings in a stable order. */
  static String findings() throws IOException {
    Policy policy = Policy.builder().clock(CLOCK).build();
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Parsed<Workflow>> entry : RealWorld.workflows().entrySet()) {
      String name = entry.getKey();
      for (Finding finding : policy.check(entry.getValue(), GitHubRules.all()).findings()) {
        out.append(name).append(':').append(finding.location().line()).append(':')
            .append(finding.location().column()).append(' ').append(finding.ruleId()).append(' ')
            .append(finding.message().replace("\n", "\\n")).append('\n');
      }
    }
    return out.toString();
  }
}
