package dev.devopskit.docker;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docker.dockerfile.DockerIgnore;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Stage;
import dev.devopskit.docker.internal.dockerfile.DockerIgnoreText;
import dev.devopskit.docker.internal.dockerfile.DockerfileReader;
import dev.devopskit.docker.internal.dockerfile.DockerfileWriter;
import java.util.List;

/**
 * Entry point for Dockerfiles and {@code .dockerignore} files: build, write and read them.
 *
 * <pre>{@code
 * Stage build = Dockerfiles.stage("build").from("eclipse-temurin:21-jdk")
 *     .workdir("/app").copy(".", ".").run("./mvnw -B package").build();
 * Stage app = Dockerfiles.stage("app").from("eclipse-temurin:21-jre")
 *     .copyFrom(build, "/app/target/app.jar", "/app/app.jar").user("10001")
 *     .entrypoint("java", "-jar", "/app/app.jar").build();
 * String text = Dockerfiles.write(Dockerfile.of(build, app));
 * Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", text));
 * }</pre>
 */
public final class Dockerfiles {
  /** The conventional path of a repository's Dockerfile. */
  public static final String DEFAULT_PATH = "docker/Dockerfile";

  private Dockerfiles() {}

  /** Starts a named stage: {@code Dockerfiles.stage("build").from("eclipse-temurin:21-jdk")...build()}. */
  public static Stage.Builder stage(String name) {
    Stage.Builder builder = Stage.builder();
    builder.name(name);
    return builder;
  }

  /** Starts an unnamed stage (the usual final stage of a single-stage file). */
  public static Stage.Builder stage() {
    return Stage.builder();
  }

  /** Writes a Dockerfile in the house style. */
  public static String write(Dockerfile dockerfile) {
    return DockerfileWriter.write(dockerfile, List.of());
  }

  /** Writes a Dockerfile with a header comment (for example how it was generated). */
  public static String write(Dockerfile dockerfile, List<String> headerLines) {
    return DockerfileWriter.write(dockerfile, headerLines);
  }

  /** Reads a Dockerfile; never throws: problems are findings with their line. */
  public static Parsed<Dockerfile> read(SourceFile source) {
    return DockerfileReader.read(source);
  }

  /** Writes a {@code .dockerignore}. */
  public static String writeIgnore(DockerIgnore ignore) {
    return DockerIgnoreText.write(ignore);
  }

  /** Reads a {@code .dockerignore}. */
  public static Parsed<DockerIgnore> readIgnore(SourceFile source) {
    return DockerIgnoreText.read(source);
  }
}
