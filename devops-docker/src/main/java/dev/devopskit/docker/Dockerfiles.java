package dev.devopskit.docker;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docker.dockerfile.DockerIgnore;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Stage;
import dev.devopskit.docker.internal.dockerfile.DockerIgnoreText;
import dev.devopskit.docker.internal.dockerfile.DockerfileReader;
import dev.devopskit.docker.internal.dockerfile.DockerfileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for Dockerfiles and {@code .dockerignore} files: build, write and read them.
 *
 * <pre>{@code
 * Stage build = Dockerfiles.stage("build").from("eclipse-temurin:21-jdk")
 *     .workdir("/app").copy(".", ".").run("./mvnw -B package").build();
 * Stage app = Dockerfiles.stage("app").from("eclipse-temurin:21-jre")
 *     .copyFrom(build, "/app/target/app.jar", "/app/app.jar").user("10001")
 *     .entrypoint("java", "-jar", "/app/app.jar").build();
 * String text = Dockerfiles.text(Dockerfile.of(build, app), WriteOptions.noHeader());
 * Dockerfiles.write(Dockerfile.of(build, app), repositoryRoot);   // docker/Dockerfile, with the standard header
 * Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", text));
 * }</pre>
 *
 * <p>The verbs of every entry class: {@code text} (the text), {@code file} (the {@link GeneratedFile} at
 * {@link #DEFAULT_PATH}), {@code write} (to disk, atomically), {@code drift} (a diff from the committed file) and
 * {@code read} (never throws). Without {@link WriteOptions} they write the standard header.
 */
public final class Dockerfiles {
  /** The conventional path of a repository's Dockerfile. */
  public static final String DEFAULT_PATH = "docker/Dockerfile";
  /** The path of the {@code .dockerignore} file, at the repository root. */
  public static final String IGNORE_PATH = ".dockerignore";

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

  /** The text of a Dockerfile in the house style, with the standard header. */
  public static String text(Dockerfile dockerfile) {
    return text(dockerfile, WriteOptions.defaults());
  }

  /** The text of a Dockerfile in the house style, with the given header options. */
  public static String text(Dockerfile dockerfile, WriteOptions options) {
    return DockerfileWriter.write(dockerfile, options.header().map(h -> h.lines().toList()).orElse(List.of()));
  }

  /** The Dockerfile as a file at {@link #DEFAULT_PATH}, with the standard header. */
  public static GeneratedFile file(Dockerfile dockerfile) {
    return file(dockerfile, WriteOptions.defaults());
  }

  /** The Dockerfile as a file at {@link #DEFAULT_PATH}, with the given header options. */
  public static GeneratedFile file(Dockerfile dockerfile, WriteOptions options) {
    return GeneratedFile.of(DEFAULT_PATH, text(dockerfile, options));
  }

  /** Writes {@link #DEFAULT_PATH} under a repository root atomically; returns the file written. */
  public static Path write(Dockerfile dockerfile, Path repositoryRoot) throws IOException {
    return file(dockerfile).write(repositoryRoot);
  }

  /** A unified diff from the committed {@link #DEFAULT_PATH} to what the Dockerfile writes; empty when current. */
  public static Optional<String> drift(Dockerfile dockerfile, Path repositoryRoot) throws IOException {
    return file(dockerfile).drift(repositoryRoot);
  }

  /**
   * The text of a Dockerfile, without a header.
   *
   * @deprecated use {@link #text(Dockerfile, WriteOptions)} with {@link WriteOptions#noHeader()}; kept for one
   *     release
   */
  @Deprecated(forRemoval = true)
  public static String write(Dockerfile dockerfile) {
    return text(dockerfile, WriteOptions.noHeader());
  }

  /**
   * The text of a Dockerfile with a header comment.
   *
   * @deprecated use {@link #text(Dockerfile, WriteOptions)} with {@link WriteOptions#withHeader(String)}; kept
   *     for one release
   */
  @Deprecated(forRemoval = true)
  public static String write(Dockerfile dockerfile, List<String> headerLines) {
    return DockerfileWriter.write(dockerfile, headerLines);
  }

  /** Reads a Dockerfile; never throws: problems are findings with their line. */
  public static Parsed<Dockerfile> read(SourceFile source) {
    return DockerfileReader.read(source);
  }

  /** Reads a Dockerfile from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<Dockerfile> read(Path file) {
    return Sources.read(file, Dockerfiles::read);
  }

  /** The text of a {@code .dockerignore} (it has no header). */
  public static String text(DockerIgnore ignore) {
    return DockerIgnoreText.write(ignore);
  }

  /** The {@code .dockerignore} as a file at the repository root. */
  public static GeneratedFile file(DockerIgnore ignore) {
    return GeneratedFile.of(IGNORE_PATH, text(ignore));
  }

  /** Writes {@code .dockerignore} under a repository root atomically; returns the file written. */
  public static Path write(DockerIgnore ignore, Path repositoryRoot) throws IOException {
    return file(ignore).write(repositoryRoot);
  }

  /** A unified diff from the committed {@code .dockerignore} to this one; empty when current. */
  public static Optional<String> drift(DockerIgnore ignore, Path repositoryRoot) throws IOException {
    return file(ignore).drift(repositoryRoot);
  }

  /**
   * The text of a {@code .dockerignore}.
   *
   * @deprecated use {@link #text(DockerIgnore)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String writeIgnore(DockerIgnore ignore) {
    return text(ignore);
  }

  /** Reads a {@code .dockerignore}; never throws. */
  public static Parsed<DockerIgnore> readIgnore(SourceFile source) {
    return DockerIgnoreText.read(source);
  }

  /** Reads a {@code .dockerignore} from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<DockerIgnore> readIgnore(Path file) {
    return Sources.read(file, Dockerfiles::readIgnore);
  }
}
