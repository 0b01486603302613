package dev.devopskit.test;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.Dockerfiles;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docs.Docs;
import dev.devopskit.docs.postmortem.Postmortem;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Workflow;
import dev.devopskit.observability.Prometheus;
import dev.devopskit.observability.alerting.RuleFile;
import java.nio.file.Path;

/**
 * Entry point of the test kit's assertions, in AssertJ's style: {@code import static
 * dev.devopskit.test.DevOpsAssertions.assertThat;} beside AssertJ's own.
 *
 * <pre>{@code
 * assertThat(ci).hasNoFindings();
 * assertThat(ci).hasFinding("github/template-injection").atLine(12).withMessageContaining("github.event");
 * assertThat(compose).hasNoFindings(Profile.TRUNK).passesOracleSchema();
 * assertThat(Path.of("..")).hasNoDrift(GitHubActions.file(ci));
 * }</pre>
 *
 * <p>A value built in Java is written as its module writes it (house style and header) at its conventional path,
 * and read back, so its findings have the lines of the file the value becomes, and a failure prints them as
 * {@code devops check} would.
 */
public final class DevOpsAssertions {
  private DevOpsAssertions() {}

  /** Assertions on a workflow, as the file {@code .github/workflows/<name>.yml}. */
  public static ValueAssert assertThat(Workflow workflow) {
    return new ValueAssert(workflow, GitHubActions.file(workflow));
  }

  /** Assertions on a Dockerfile, as the file {@code docker/Dockerfile}. */
  public static ValueAssert assertThat(Dockerfile dockerfile) {
    return new ValueAssert(dockerfile, Dockerfiles.file(dockerfile));
  }

  /** Assertions on a compose file, as the file {@code docker-compose.yml}. */
  public static ValueAssert assertThat(ComposeFile compose) {
    return new ValueAssert(compose, Compose.file(compose));
  }

  /** Assertions on a Prometheus rule file, as the file {@code monitoring/alerts.yml}. */
  public static ValueAssert assertThat(RuleFile ruleFile) {
    return new ValueAssert(ruleFile, Prometheus.file(ruleFile));
  }

  /**
   * Assertions on a postmortem, as the file {@code docs/devops/postmortems/<date>-<incident>.md} (without a date:
   * {@code <incident>.md}).
   */
  public static ValueAssert assertThat(Postmortem postmortem) {
    String path = postmortem.date().map(date -> Docs.postmortemPath(date, postmortem.incident()))
        .orElse(Docs.POSTMORTEMS_DIRECTORY + "/" + Docs.slug(postmortem.incident()) + ".md");
    return new ValueAssert(postmortem, GeneratedFile.of(path, Docs.text(postmortem)));
  }

  /** Assertions on the result of a check ({@code Policy.check}, {@code DevOpsKit.check}). */
  public static CheckResultAssert assertThat(CheckResult result) {
    return new CheckResultAssert(result);
  }

  /** Assertions on a file or a repository: what {@code devops check PATH} reports, and drift. */
  public static PathAssert assertThat(Path path) {
    return new PathAssert(path);
  }
}
