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
