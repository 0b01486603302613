package dev.devopskit.kit.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.syntax.ShellWords;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small parsers behind the cross-file rules: shell words, docker build, URLs, image tags, heading slugs. */
class ParsingTest {

  @Test
  void should_read_the_dockerfile_and_context_of_docker_build_commands() {
    List<DockerfilePath.Build> builds = DockerfilePath.dockerBuilds(
        "set -e\ndocker buildx build --platform linux/amd64 --push \\\n  -t \"shop:${{ github.sha }}\" "
            + "-f docker/Dockerfile ./app && echo done\ndocker build --file=Containerfile - < ctx.tar");

    assertThat(builds).containsExactly(
        new DockerfilePath.Build(Optional.of("docker/Dockerfile"), Optional.of("./app")),
        new DockerfilePath.Build(Optional.of("Containerfile"), Optional.empty()));
  }

  @Test
  void should_skip_only_commands_that_cannot_start_a_build() {
    // dockerBuilds skips a command whose text holds neither "docker" nor a quote or backslash (no word of it is docker, so
    // buildIndex finds no build in it), and a script without "build" and quotes. Checked on generated commands
    // against the words themselves.
    List<String> pieces = List.of("docker", "dock", "er", "\"", "'", " ", "\t", "build", "buildx", "-f", "x", "d",
        "ocker", "&&", "|", ";", "\n", "DOCKER", "$EXPR", "\\", "&", "||", "|||", "\r\n");
    java.util.Random random = new java.util.Random(10);
    int withDocker = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        line.append(pieces.get(random.nextInt(pieces.size())));
      }
      String text = line.toString();
      boolean cut = text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('\\') >= 0;
      boolean skipped = !text.contains("docker") && !cut;
      if (ShellWords.words(text).contains("docker")) {
        withDocker++;
        assertThat(skipped).as(text).isFalse();
      }
      if (ShellWords.words(text).contains("build")) {
        assertThat(text.contains("build") || cut).as(text).isTrue();
      }
      List<String> commands = new java.util.ArrayList<>(DockerfilePath.commands(text));
      List<String> split = List.of(text.split("\n|&&|\\|\\||;|\\|"));
      assertThat(commands.subList(0, split.size())).as(text).isEqualTo(split);
      assertThat(commands.subList(split.size(), commands.size())).as(text).allMatch(String::isEmpty);
    }
    assertThat(withDocker).isGreaterThan(300);
  }

  @Test
  void should_leave_out_contexts_and_files_with_variables() {
    assertThat(DockerfilePath.dockerBuilds("docker build -f $DOCKERFILE ${{ inputs.context }}"))
        .containsExactly(new DockerfilePath.Build(Optional.empty(), Optional.empty()));
  }

  @Test
  void should_read_a_dockerfile_path_with_an_escaped_blank() {
    assertThat(DockerfilePath.dockerBuilds("docker build -f my\\ app/Dockerfile \\.")).containsExactly(
        new DockerfilePath.Build(Optional.of("my app/Dockerfile"), Optional.of(".")));
  }

  @Test
  void should_find_a_build_whose_words_are_cut_by_escapes() {
    assertThat(DockerfilePath.dockerBuilds("do\\cker bu\\ild -f x/Dockerfile .")).containsExactly(
        new DockerfilePath.Build(Optional.of("x/Dockerfile"), Optional.of(".")));
  }

  @Test
  void should_read_host_port_and_path_of_urls() {
    assertThat(Endpoint.all("curl -fsS http://localhost:3000/health?full=1 || exit 1"))
        .containsExactly(new Endpoint("localhost", OptionalInt.of(3000), "/health"));
    assertThat(Endpoint.all("wget -qO- https://shop.example.com/api/health/"))
        .containsExactly(new Endpoint("shop.example.com", OptionalInt.of(443), "/api/health"));
    assertThat(Endpoint.all("curl http://${HOST}/status")).singleElement()
        .satisfies(e -> assertThat(e.port()).isEmpty());
  }

  @Test
  void should_read_the_major_version_of_postgres_images() {
    assertThat(PostgresVersion.major("postgres:16.4-alpine")).contains("16");
    assertThat(PostgresVersion.major("docker.io/library/postgres:15@sha256:abc")).contains("15");
    assertThat(PostgresVersion.major("postgis/postgis:14-3.4")).contains("14");
    assertThat(PostgresVersion.major("postgres")).isEmpty();
    assertThat(PostgresVersion.major("postgres:latest")).isEmpty();
    assertThat(PostgresVersion.major("postgres-exporter:0.15")).isEmpty();
    assertThat(PostgresVersion.major("postgres:${{ matrix.pg }}")).isEmpty();
  }

  @Test
  void should_slug_headings_as_github_does() {
    assertThat(RunbookLink.slug("API: high error rate!")).isEqualTo("api-high-error-rate");
    assertThat(RunbookLink.slug("Restore `pg_dump` backups")).isEqualTo("restore-pg_dump-backups");
    assertThat(RunbookLink.slug("See [the guide](guide.md) -- now")).isEqualTo("see-the-guide----now");
    assertThat(RunbookLink.anchors("# Down\n## Down\n<a name=\"Custom\"></a>\n```\n# code\n```\n"))
        .containsExactlyInAnyOrder("down", "down-1", "custom");
  }

  @Test
  void should_treat_only_paths_as_links_into_the_repository() {
    assertThat(RunbookLink.local("docs/runbook.md#down")).isTrue();
    assertThat(RunbookLink.local("https://wiki.example.com/down")).isFalse();
    assertThat(RunbookLink.local("{{ $labels.runbook }}")).isFalse();
  }
}
