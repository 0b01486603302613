package dev.devopskit.docker.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docker.Dockerfiles;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DockerfileWriteReadTest {

  private static Dockerfile twoStages() {
    Stage build = Dockerfiles.stage("build").from("eclipse-temurin:21-jdk").workdir("/app")
        .copy("pom.xml", "./").runWithMounts("./mvnw -B -q package", "type=cache,target=/root/.m2").build();
    Stage app = Dockerfiles.stage("app").from("eclipse-temurin:21-jre").comment("runtime")
        .copyFrom(build, "/app/target/app.jar", "/app/app.jar").user("10001")
        .entrypoint("java", "-jar", "/app/app.jar").build();
    return Dockerfile.builder().addDirective(ParserDirective.syntax("docker/dockerfile:1")).addStages(build, app)
        .build();
  }

  @Test
  void should_write_the_house_style() {
    assertThat(Dockerfiles.text(twoStages(), WriteOptions.noHeader())).isEqualTo("""
        # syntax=docker/dockerfile:1

        FROM eclipse-temurin:21-jdk AS build
        WORKDIR /app
        COPY pom.xml ./
        RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package

        # runtime
        FROM eclipse-temurin:21-jre AS app
        COPY --from=build /app/target/app.jar /app/app.jar
        USER 10001
        ENTRYPOINT ["java", "-jar", "/app/app.jar"]
        """);
  }

  @Test
  void should_read_back_what_it_writes() {
    Dockerfile file = twoStages();
    Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", Dockerfiles.text(file, WriteOptions.noHeader())));
    assertThat(read.findings()).isEmpty();
    assertThat(read.value()).contains(file);
  }

  @Test
  void should_split_long_run_commands_and_read_them_back_equal() {
    String command = "apt-get update && apt-get install -y --no-install-recommends curl ca-certificates git "
        + "&& rm -rf /var/lib/apt/lists/*";
    Dockerfile file = Dockerfile.of(Dockerfiles.stage().from("debian:12").run(command).build());
    String text = Dockerfiles.text(file, WriteOptions.noHeader());
    assertThat(text).contains("RUN apt-get update \\\n    && apt-get install");
    assertThat(Dockerfiles.read(SourceFile.of("Dockerfile", text)).value()).contains(file);
  }

  @Test
  void should_give_positions_for_instructions_and_arguments() {
    String text = "FROM alpine:3.20 AS base\n\nRUN echo a \\\n    && echo b\nCOPY [\"a b\", \"/x\"]\n";
    Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", text));
    assertThat(read.sourceMap().exact(DocPath.parse("stages[0].baseImage")).get().start().column()).isEqualTo(6);
    assertThat(read.sourceMap().exact(DocPath.parse("stages[0].instructions[0]")).get().line()).isEqualTo(3);
    assertThat(read.sourceMap().exact(DocPath.parse("stages[0].instructions[1].arguments[1]")).get().start())
        .satisfies(p -> assertThat(p.line()).isEqualTo(5));
    assertThat(read.value().get().stages().get(0).instructions().get(0).arguments())
        .containsExactly("echo a && echo b");
  }

  @Test
  void should_read_heredocs_escape_directive_and_bom() {
    String text = "\uFEFF# escape=`\nFROM alpine\nRUN <<EOF\necho hi\nEOF\nENV A=b `\n    C=d\n";
    Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", text));
    assertThat(read.findings()).isEmpty();
    Stage stage = read.value().get().finalStage();
    assertThat(stage.instructions().get(0).heredocs()).containsExactly(new Heredoc("EOF", "echo hi\n", false));
    assertThat(stage.instructions().get(1).pairs()).hasSize(2);
    assertThat(Dockerfiles.read(SourceFile.of("Dockerfile", Dockerfiles.text(read.value().get(), WriteOptions.noHeader()))).value())
        .isEqualTo(read.value());
  }

  @Test
  void should_report_bad_input_at_its_line() {
    Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", "FROM alpine\nFOO bar\nENV PATH\n"));
    assertThat(read.findings()).extracting(f -> f.location().line()).containsExactly(2, 3);
    assertThat(read.findings().get(0).message()).contains("unknown instruction 'FOO'");
  }

  @Test
  void should_list_the_first_hundred_syntax_errors_and_count_the_rest() {
    Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", "FROM alpine\n" + "FOO bar\n".repeat(1000)));
    assertThat(read.findings()).hasSize(101);
    assertThat(read.findings().get(99).location().line()).isEqualTo(101);
    assertThat(read.findings().get(100).location().line()).isEqualTo(102);
    assertThat(read.findings().get(100).message()).startsWith("900 more syntax errors from this line on");
  }

  @Test
  void should_reject_values_that_break_the_grammar() {
    assertThatThrownBy(() -> Dockerfile.builder().build()).hasMessageContaining("at least one stage");
    assertThatThrownBy(() -> Dockerfiles.stage("1 bad").from("alpine").build()).hasMessageContaining("stage name");
  }

  @Test
  void should_parse_and_validate_image_references() {
    ImageReference ref = ImageReference.parse("ghcr.io/acme/api:1.2@sha256:" + "a".repeat(64));
    assertThat(ref.registry()).contains("ghcr.io");
    assertThat(ref.repository()).isEqualTo("acme/api");
    assertThat(ref.tag()).contains("1.2");
    assertThat(ImageReference.parse("postgres").isFloating()).isTrue();
    assertThat(ImageReference.parse("r.j3ss.co/curl:latest").name()).isEqualTo("r.j3ss.co/curl");
    assertThat(ImageReference.parse("postgres:16@sha256:" + "b".repeat(64)).name()).isEqualTo("postgres");
    assertThat(ImageReference.parse("localhost:5000/app:dev").registry()).contains("localhost:5000");
    assertThatThrownBy(() -> ImageReference.parse("Acme/API")).hasMessageContaining("lower-case");
  }

  @Test
  void should_model_mounts_and_secrets_as_values() {
    Instruction run = Instruction.runWithSecret("npm ci", dev.devopskit.core.secret.SecretRef.named("NPM_TOKEN"));
    Dockerfile file = Dockerfile.of(Dockerfiles.stage().from("node:22-alpine").then(run)
        .then(Instruction.run("make", Mount.cache("/root/.cache"))).build());
    String text = Dockerfiles.text(file, WriteOptions.noHeader());
    assertThat(text).contains("RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n")
        .contains("RUN --mount=type=cache,target=/root/.cache make\n");
    Instruction read = Dockerfiles.read(SourceFile.of("Dockerfile", text)).value().get().finalStage()
        .instructions().get(0);
    assertThat(read.mounts()).containsExactly(Mount.secret(dev.devopskit.core.secret.SecretRef.named("NPM_TOKEN")));
    assertThat(Mount.parse("type=cache,dst=/x,sharing=locked").option("target")).contains("/x");
    assertThat(Instruction.builder().keyword(Keyword.RUN).addArgument("x").addFlag(Flag.of("network", "none"))
        .build().network()).contains("none");
  }

  @Test
  void should_read_crlf_files_like_lf_files() {
    String lf = "# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS a\n# note\nRUN echo a \\\n  && echo b\n"
        + "COPY <<EOF /x\nhello\nEOF\n";
    Parsed<Dockerfile> unix = Dockerfiles.read(SourceFile.of("Dockerfile", lf));
    Parsed<Dockerfile> windows = Dockerfiles.read(SourceFile.of("Dockerfile", lf.replace("\n", "\r\n")));
    assertThat(unix.findings()).isEmpty();
    assertThat(windows.findings()).isEmpty();
    assertThat(windows.value()).isEqualTo(unix.value());
  }

  @Property(tries = 200)
  void should_never_throw_on_any_input(@ForAll @StringLength(max = 200) String text) {
    Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", "FROM alpine\n" + text));
    assertThat(read).isNotNull();
    read.value().ifPresent(v -> Dockerfiles.text(v, WriteOptions.noHeader()));
  }

  @Test
  void should_never_throw_on_mutations_of_a_real_file() {
    String base = "# syntax=docker/dockerfile:1\nFROM node:20 AS b\nRUN --mount=type=cache,target=/x \\\n"
        + "  npm ci && \\\n  npm run build\nCOPY --from=b [\"/a\", \"/b\"]\nHEALTHCHECK --interval=5s CMD curl -f x\n"
        + "ONBUILD RUN echo\nRUN <<-EOF cat\n\tx\n\tEOF\n";
    for (int i = 0; i < base.length(); i++) {
      for (String insert : List.of("", "\\", "\"", "[", "\n", "<<")) {
        String text = base.substring(0, i) + insert + base.substring(Math.min(base.length(), i + 1));
        Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", text));
        read.value().ifPresent(Dockerfiles::write);
      }
    }
  }
}
