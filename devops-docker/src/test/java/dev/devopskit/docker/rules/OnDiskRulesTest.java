package dev.devopskit.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.Dockerfiles;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.dockerfile.Dockerfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules that look at files beside the checked one, on a real folder. */
class OnDiskRulesTest {
  @TempDir
  Path repo;

  private List<Finding> dockerfile(Path file) throws IOException {
    Parsed<Dockerfile> parsed = Dockerfiles.read(SourceFile.of(file.toString(), Files.readString(file)));
    return List.copyOf(Policy.defaults().check(parsed, List.of(new CopiedSecretFile())).findings());
  }

  @Test
  void copied_secret_file_respects_the_dockerignore_of_the_build_context() throws IOException {
    Files.createDirectories(repo.resolve("docker"));
    Files.writeString(repo.resolve(".env"), "DEBUG=1\n");
    Path dockerfile = Files.writeString(repo.resolve("docker/Dockerfile"), "FROM alpine:3.20\nCOPY . /app\n");
    assertThat(dockerfile(dockerfile)).extracting(Finding::message).singleElement().asString().contains(".env");
    Files.writeString(repo.resolve(".dockerignore"), ".git\n.env*\n!.env.example\n");
    assertThat(dockerfile(dockerfile)).isEmpty();
  }

  private List<Finding> compose(Path file) throws IOException {
    Parsed<ComposeFile> parsed = Compose.read(SourceFile.of(file.toString(), Files.readString(file)));
    return List.copyOf(Policy.defaults().check(parsed, ComposeRules.all()).findings());
  }

  @Test
  void unset_variable_reads_env_and_env_example_beside_the_compose_file() throws IOException {
    Path file = Files.writeString(repo.resolve("compose.yaml"),
        "services:\n  app:\n    image: acme/app:${TAG}\n    environment:\n      KEY: ${API_KEY}\n");
    assertThat(compose(file)).filteredOn(f -> f.ruleId().equals("compose/unset-variable")).hasSize(2);
    Files.writeString(repo.resolve(".env.example"), "TAG=1.0\n");
    Files.writeString(repo.resolve(".env"), "API_KEY=\n");
    assertThat(compose(file)).filteredOn(f -> f.ruleId().equals("compose/unset-variable")).isEmpty();
  }

  @Test
  void missing_build_context_resolves_paths_against_the_compose_file() throws IOException {
    Files.createDirectories(repo.resolve("docker"));
    Path file = Files.writeString(repo.resolve("compose.yaml"),
        "services:\n  app:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n");
    assertThat(compose(file)).filteredOn(f -> f.ruleId().equals("compose/missing-build-context")).hasSize(1);
    Files.writeString(repo.resolve("docker/Dockerfile"), "FROM alpine:3.20\n");
    assertThat(compose(file)).filteredOn(f -> f.ruleId().equals("compose/missing-build-context")).isEmpty();
  }

  @Test
  void folder_rules_stay_silent_for_values_without_a_file() {
    ComposeFile file = Compose.read(SourceFile.of("", "services:\n  app:\n    build: ./nowhere\n    image: "
        + "acme/app:${TAG}\n")).value().get();
    assertThat(Policy.defaults().check(file, ComposeRules.all()).findings())
        .noneMatch(f -> f.ruleId().equals("compose/unset-variable") || f.ruleId().equals("compose/missing-build-context"));
  }

  @Test
  void missing_build_context_leaves_compose_files_among_test_fixtures_alone() throws IOException {
    String text = "services:\n  app:\n    build:\n      context: .\n";
    Path fixture = repo.resolve("tests/resources/docker/docker-compose.yml");
    Files.createDirectories(fixture.getParent());
    Files.writeString(fixture, text);
    Path real = Files.writeString(repo.resolve("compose.yaml"), text);
    assertThat(compose(real)).extracting(Finding::ruleId).contains("compose/missing-build-context");
    Parsed<ComposeFile> parsed = Compose.read(SourceFile.of(fixture.toString(), text));
    assertThat(Policy.defaults().check(parsed, List.of(new MissingBuildContext())).findings()).isEmpty();
  }

  @Test
  void a_word_like_local_default_password_is_a_warning_and_a_credential_an_error() throws IOException {
    Path file = Files.writeString(repo.resolve("compose.yaml"), "services:\n  db:\n    image: postgres:17\n"
        + "    environment:\n      POSTGRES_PASSWORD: k3str4\n      API_TOKEN: Lq7vX2mR9tKp4Wz\n");
    assertThat(compose(file)).filteredOn(f -> f.ruleId().equals("compose/literal-secret"))
        .extracting(f -> f.location().line(), f -> f.severity().label())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "warning"), org.assertj.core.groups.Tuple.tuple(6, "error"));
  }
}
