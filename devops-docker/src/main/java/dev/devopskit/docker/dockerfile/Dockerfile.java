package dev.devopskit.docker.dockerfile;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Dockerfile: parser directives, global ARGs (before the first FROM), stages, and comments after the last
 * instruction.
 *
 * <pre>{@code
 * Stage build = Dockerfiles.stage("build").from("eclipse-temurin:21-jdk").workdir("/app").copy(".", ".")
 *     .run("./mvnw -B package").build();
 * Stage runtime = Dockerfiles.stage("runtime").from("eclipse-temurin:21-jre")
 *     .copyFrom(build, "/app/target/app.jar", "/app/app.jar").user("10001")
 *     .entrypoint("java", "-jar", "/app/app.jar").build();
 * Dockerfile file = Dockerfile.of(build, runtime);
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Dockerfile implements WithDockerfile {

  /** Parser directives ({@code # syntax=...}). */
  public abstract List<ParserDirective> directives();

  /** ARG instructions before the first FROM. */
  public abstract List<Instruction> globalArgs();

  /** The stages, in order; the last one is the image that is built by default. */
  public abstract List<Stage> stages();

  /** Comment lines after the last instruction. */
  public abstract List<String> trailingComments();

  /** The escape token: {@code \} unless an escape directive says {@code `}. */
  public char escape() {
    return directives().stream().filter(d -> d.name().equals("escape")).findFirst()
        .map(d -> d.value().charAt(0)).orElse('\\');
  }

  /** The last stage: the image that {@code docker build} produces without {@code --target}. */
  public Stage finalStage() {
    return stages().get(stages().size() - 1);
  }

  /** The stage with this name (names compare without case, as BuildKit does). */
  public Optional<Stage> stage(String name) {
    return stages().stream().filter(s -> s.name().map(n -> n.equalsIgnoreCase(name)).orElse(false)).findFirst();
  }

  /**
   * The defaults of the ARGs before the first FROM, expanded in order: the values {@code FROM} lines see when no
   * {@code --build-arg} is given. ARGs without a default, or whose default cannot be expanded, are left out.
   */
  public java.util.Map<String, String> globalArgDefaults() {
    java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
    for (Instruction arg : globalArgs()) {
      for (String word : arg.arguments()) {
        int eq = word.indexOf('=');
        if (eq > 0) {
          ShellExpansion.tryWord(word.substring(eq + 1), env, escape())
              .ifPresent(value -> env.put(word.substring(0, eq), value));
        }
      }
    }
    return env;
  }

  /**
   * The base image of a stage with global ARG defaults expanded ({@code ARG BASE=node:22} and
   * {@code FROM ${BASE}} give {@code node:22}); empty when it cannot be expanded with what the file says.
   */
  public Optional<String> resolvedBaseImage(int stageIndex) {
    String base = stages().get(stageIndex).baseImage();
    if (!base.contains("$")) {
      return Optional.of(base);
    }
    java.util.Map<String, String> env = globalArgDefaults();
    for (Instruction arg : globalArgs()) {
      for (String word : arg.arguments()) {
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        if (!env.containsKey(name) && base.contains(name)) {
          return Optional.empty();
        }
      }
    }
    return ShellExpansion.tryWord(base, env, escape()).filter(v -> !v.isBlank());
  }

  /** A Dockerfile of these stages. */
  public static Dockerfile of(Stage... stages) {
    return builder().addStages(stages).build();
  }

  /** Starts a Dockerfile. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds Dockerfiles. */
  public static final class Builder extends ImmutableDockerfile.Builder {}

  @Value.Check
  protected void check() {
    if (stages().isEmpty()) {
      throw new IllegalArgumentException("a Dockerfile needs at least one stage (a FROM): add one with addStage");
    }
    for (Instruction arg : globalArgs()) {
      if (arg.keyword() != Keyword.ARG) {
        throw new IllegalArgumentException("only ARG may come before the first FROM, not " + arg.keyword());
      }
    }
  }
}
