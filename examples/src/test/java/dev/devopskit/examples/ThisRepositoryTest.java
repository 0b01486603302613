package dev.devopskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The drift test: the committed workflow equals its Java definition, and passes devops-kit's own policy. */
class ThisRepositoryTest {
  private static final Path REPOSITORY = Path.of("..");

  @Test
  void should_keep_the_committed_workflow_equal_to_its_java_definition() throws IOException {
    Optional<String> diff = GitHubActions.drift(ThisRepository.ci(), REPOSITORY);

    assertThat(diff).as("run ThisRepositoryTest with -Dregenerate=true, or apply this diff").isEmpty();
  }

  @Test
  void should_have_no_findings_under_the_default_policy() {
    CheckResult result = Policy.defaults().check(ThisRepository.ci());

    assertThat(result.findings()).isEmpty();
    Shared.oracleOutput("actionlint", "this-repository-ci.yml", GitHubActions.text(ThisRepository.ci()));
    Shared.oracleOutput("schema/github-workflow", "this-repository-ci.yml", GitHubActions.text(ThisRepository.ci()));
  }

  @Test
  void should_regenerate_when_asked() throws IOException {
    if (Boolean.getBoolean("regenerate")) {
      GitHubActions.write(ThisRepository.ci(), REPOSITORY);
    }
    assertThat(GitHubActions.path(ThisRepository.ci())).isEqualTo(".github/workflows/ci.yml");
  }
}
