package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployCommandTest {

  private static int run(String... args) {
    return CliRun.of(args).exit();
  }

  @Test
  void should_update_the_environment_and_its_deploy_job(@TempDir Path repo) throws IOException {
    Files.writeString(repo.resolve("package.json"), "{\"name\": \"shop\", \"scripts\": {\"lint\": \"eslint .\"}}");
    assertThat(run("init", repo.toString())).isZero();

    assertThat(run("deploy", "staging", "-C", repo.toString(), "--url", "https://staging.shop.test")).isZero();
    assertThat(run("deploy", "qa", "-C", repo.toString(), "--url", "https://qa.shop.test")).isZero();

    assertThat(Files.readString(repo.resolve("environments.yml")))
        .contains("url: https://staging.shop.test", "name: qa");
    assertThat(Files.readString(repo.resolve(".github/workflows/ci.yml"))).contains("https://staging.shop.test");
    assertThat(run("check", repo.toString())).as("devops check after devops deploy").isZero();
  }

  @Test
  void should_refuse_a_bad_tier_as_a_usage_error(@TempDir Path repo) throws IOException {
    Files.writeString(repo.resolve("package.json"), "{\"name\": \"shop\"}");

    assertThat(run("deploy", "production", "-C", repo.toString(), "--tier", "nope")).isEqualTo(2);
  }
}
