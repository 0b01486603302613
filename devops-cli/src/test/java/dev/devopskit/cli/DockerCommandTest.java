package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerCommandTest {
  @TempDir
  Path repo;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void should_write_the_four_files_for_a_maven_project_with_postgres() throws IOException {
    Files.writeString(repo.resolve("pom.xml"), "<project><dependencies><dependency><groupId>org.postgresql</groupId>"
        + "<artifactId>postgresql</artifactId></dependency></dependencies></project>");
    CliRun result = run("docker", "app", "-C", repo.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("wrote docker/Dockerfile").contains("database postgres");
    assertThat(Files.readString(repo.resolve("docker/Dockerfile"))).contains("FROM maven:3.9-eclipse-temurin-21 AS build");
    assertThat(Files.readString(repo.resolve("docker-compose.yml"))).contains("postgres:17-alpine")
        .contains("condition: service_healthy");
    assertThat(Files.readString(repo.resolve(".env.example"))).contains("POSTGRES_PASSWORD=");
    assertThat(Files.readString(repo.resolve(".dockerignore"))).contains(".env");

    CliRun check = run("check", repo.toString(), "--fail-on", "warning");
    assertThat(check.exit()).as(check.out() + check.err()).isZero();

    CliRun again = run("docker", "app", "-C", repo.toString());
    assertThat(again.exit()).as("unchanged files are not a conflict").isZero();
  }

  @Test
  void should_detect_node_with_pnpm_and_prisma_mysql() throws IOException {
    Files.writeString(repo.resolve("package.json"), "{\"name\": \"web\"}");
    Files.writeString(repo.resolve("pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
    Files.createDirectories(repo.resolve("prisma"));
    Files.writeString(repo.resolve("prisma/schema.prisma"), "datasource db {\n  provider = \"mysql\"\n}\n");
    CliRun result = run("docker", "app", "-C", repo.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(Files.readString(repo.resolve("docker/Dockerfile"))).contains("pnpm install --frozen-lockfile");
    assertThat(Files.readString(repo.resolve("docker-compose.yml"))).contains("mysql:8.4").contains("DATABASE_URL");
  }

  @Test
  void should_take_the_database_from_node_dependencies_and_let_options_win() throws IOException {
    Files.writeString(repo.resolve("package.json"), "{\"name\": \"@acme/Shop\", \"dependencies\": {\"pg\": \"8.13.0\"}}");
    Files.writeString(repo.resolve("yarn.lock"), "# yarn lockfile v1\n");
    CliRun result = run("docker", "app", "-C", repo.toString(), "--dry-run");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("name: shop\n").contains("postgres:17-alpine").contains("yarn install");
    CliRun chosen = run("docker", "app", "-C", repo.toString(), "--dry-run", "--database", "none",
        "--package-manager", "npm");
    assertThat(chosen.out()).doesNotContain("postgres:").contains("npm ci");
  }

  @Test
  void should_take_mysql_from_a_gradle_build() throws IOException {
    Files.writeString(repo.resolve("build.gradle.kts"), "dependencies { runtimeOnly(\"com.mysql:mysql-connector-j\") }");
    CliRun result = run("docker", "app", "-C", repo.toString(), "--dry-run");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("mysql:8.4").contains("SPRING_DATASOURCE_URL").contains("gradle");
  }

  @Test
  void should_refuse_to_overwrite_edited_files_without_force() throws IOException {
    Files.writeString(repo.resolve("docker-compose.yml"), "services: {}\n");
    CliRun result = run("docker", "app", "-C", repo.toString(), "--toolchain", "node", "--database", "none");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("docker-compose.yml").contains("--force");
    assertThat(run("docker", "app", "-C", repo.toString(), "--toolchain", "node", "--force").exit()).isZero();
  }

  @Test
  void should_ask_for_the_toolchain_when_the_repository_does_not_tell() {
    CliRun result = run("docker", "app", "-C", repo.toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--toolchain");
  }

  @Test
  void config_prints_dockerfiles_and_compose_files_in_canonical_form() throws IOException {
    Path dockerfile = repo.resolve("Dockerfile");
    Files.writeString(dockerfile, "from alpine:3.20\nrun echo hi\ncmd [\"sh\"]\n");
    CliRun result = run("config", dockerfile.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("FROM alpine:3.20\nRUN echo hi\nCMD [\"sh\"]\n");
    Path compose = repo.resolve("compose.yaml");
    Files.writeString(compose, "version: '3'\nservices:\n  web:\n    image: nginx:1.27\n    ports: [8080:80]\n");
    CliRun config = run("config", compose.toString());
    assertThat(config.out()).doesNotContain("version").contains("- 8080:80");
    assertThat(config.err()).contains("compose/obsolete-version");
  }
}
