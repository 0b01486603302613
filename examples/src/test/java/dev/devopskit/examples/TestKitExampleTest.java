package dev.devopskit.examples;

import static dev.devopskit.test.DevOpsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.Dockerfiles;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.Healthcheck;
import dev.devopskit.docker.compose.Port;
import dev.devopskit.docker.compose.Service;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.RunsOn;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test kit (devops-test) on a pipeline, a Dockerfile and a compose file defined in Java: every assertion
 * ({@code ThisRepositoryTest} shows the drift extension).
 */
class TestKitExampleTest {
  static Workflow pipeline() {
    return Workflow.builder().name("Greet").fileName("greet.yml").addOn(Trigger.push("main"))
        .permissions(Permissions.of("contents", Access.READ))
        .putJob("greet", Job.builder().name("Greet").runsOn(RunsOn.label("ubuntu-latest")).timeoutMinutes(5)
            .addSteps(Step.run("echo \"${{ github.event.head_commit.message }}\"")).build())
        .build();
  }

  static Dockerfile image() {
    return Dockerfile.of(Dockerfiles.stage("app").from("eclipse-temurin:21.0.5_11-jre").user("10001")
        .copy("target/app.jar", "/app/app.jar").healthcheck(List.of(), "curl", "-fsS", "http://localhost:8080/health")
        .entrypoint("java", "-jar", "/app/app.jar").build());
  }

  static ComposeFile stack() {
    return ComposeFile.builder().putService("app", Service.builder().image("example/app:1.0.0")
        .addPorts(Port.local("8080", 8080)).healthcheck(Healthcheck.command("curl", "-f", "http://localhost:8080/health"))
        .build()).build();
  }

  @Test
  void should_check_values_defined_in_java() {
    assertThat(image()).hasNoFindings();
    assertThat(stack()).hasNoFindings();
    assertThat(pipeline()).hasFinding("github/template-injection").atLine(19).withMessageContaining("head_commit");
  }

  @Test
  void should_fail_with_the_findings_as_devops_check_prints_them() {
    assertThatThrownBy(() -> assertThat(pipeline()).hasNoFindings()).hasMessage(String.join(System.lineSeparator(),
        "", "Expected .github/workflows/greet.yml to have no findings under the recommended profile, but it has 1:", "",
        ".github/workflows/greet.yml:19:9: error [github/template-injection] the code expands"
            + " github.event.head_commit.message, which an outsider controls, so its text can run as code",
        "    fix: pass it through env (env: { MESSAGE: ${{ github.event.head_commit.message }} }) and use \"$MESSAGE\""
            + " in the script", "", "1 finding (1 error, 0 warnings, 0 notes) in 1 of 1 file", ""));
  }

  static List<GeneratedFile> files() {
    return List.of(GitHubActions.file(pipeline()),
        Dockerfiles.file(image()),
        Compose.file(stack()));
  }

  @Test
  void should_judge_the_written_repository(@TempDir Path repository) throws IOException {
    for (GeneratedFile file : files()) {
      file.write(repository);
    }
    assertThat(repository).hasNoDrift(files());
    assertThat(repository).hasFinding("github/template-injection").atLine(19);
    assertThat(Policy.of(Profile.TRUNK).check(image())).hasNoFindings(Profile.TRUNK);
  }

  @Test
  void should_pass_the_official_schemas() {
    Shared.conformance(); // the schemas are read there, in place (surefire sets -Ddevops.schemas)
    assertThat(ThisRepository.ci()).passesOracleSchema();
    assertThat(stack()).passesOracleSchema();
  }
}
