package dev.devopskit.examples;

import static dev.devopskit.test.DevOpsAssertions.assertThat;

import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.test.Drift;
import dev.devopskit.test.DriftExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The drift test: the committed workflow equals its Java definition (run with {@code -Ddevops.regenerate=true} to
 * write it), and passes devops-kit's own policy.
 */
@ExtendWith(DriftExtension.class)
class ThisRepositoryTest {
  private static final Path REPOSITORY = Path.of("..");

  @Test
  void should_keep_the_committed_workflow_equal_to_its_java_definition(Drift drift) {
    drift.check(REPOSITORY, GitHubActions.file(ThisRepository.ci()));
  }

  @Test
  void should_have_no_findings_under_the_default_policy() {
    assertThat(ThisRepository.ci()).hasNoFindings();
    Shared.oracleOutput("actionlint", "this-repository-ci.yml", GitHubActions.text(ThisRepository.ci()));
    Shared.oracleOutput("schema/github-workflow", "this-repository-ci.yml", GitHubActions.text(ThisRepository.ci()));
  }
}
