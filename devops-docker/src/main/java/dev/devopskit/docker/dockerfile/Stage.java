package dev.devopskit.docker.dockerfile;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A build stage: {@code FROM [--platform=...] image [AS name]} and its instructions.
 *
 * <p>Build one with {@code Dockerfiles.stage("build").from("eclipse-temurin:21-jdk")...build()} or
 * {@link #builder()}.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Stage implements WithStage {

  /** The stage name after {@code AS}, used by {@code COPY --from} and {@code --target}. */
  public abstract Optional<String> name();

  /** The image (or earlier stage) it starts from, as written: {@code eclipse-temurin:21-jre}. */
  public abstract String baseImage();

  /** The platform of {@code FROM --platform=...}. */
  public abstract Optional<String> platform();

  /** Comment lines before {@code FROM}. */
  public abstract List<String> comments();

  /** The instructions after {@code FROM}. */
  public abstract List<Instruction> instructions();

  /** The base image as a reference, when it is one (not a variable or an earlier stage's name). */
  public Optional<ImageReference> image() {
    return ImageReference.tryParse(baseImage());
  }

  /** The instructions of one kind, in order. */
  public List<Instruction> instructions(Keyword keyword) {
    return instructions().stream().filter(i -> i.keyword() == keyword).toList();
  }

  /** The last instruction of one kind. */
  public Optional<Instruction> last(Keyword keyword) {
    List<Instruction> all = instructions(keyword);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** What {@code COPY --from} and {@code FROM} use to name this stage: its name, else its index. */
  public String reference() {
    return name().orElseThrow(() -> new IllegalStateException(
        "a stage used by COPY --from needs a name: Dockerfiles.stage(\"build\")"));
  }

  /** Starts a stage. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds stages, with one method per instruction. */
  public static final class Builder extends ImmutableStage.Builder {
    /** The base image: {@code from("eclipse-temurin:21-jdk")}. */
    public Builder from(String image) {
      baseImage(image);
      return this;
    }

    /** Starts from an earlier stage. */
    public Builder fromStage(Stage stage) {
      baseImage(stage.reference());
      return this;
    }

    /** Adds any instruction. */
    public Builder then(Instruction instruction) {
      addInstruction(instruction);
      return this;
    }

    /** {@code RUN command}. */
    public Builder run(String command) {
      return then(Instruction.run(command));
    }

    /** {@code RUN --mount=... command}. */
    public Builder runWithMounts(String command, String... mounts) {
      return then(Instruction.run(command, List.of(mounts)));
    }

    /** {@code WORKDIR path}. */
    public Builder workdir(String path) {
      return then(Instruction.workdir(path));
    }

    /** {@code COPY source... destination}. */
    public Builder copy(String... sourcesAndDestination) {
      return then(Instruction.copy(sourcesAndDestination));
    }

    /** {@code COPY --from=<stage> source destination}: the stage is a value, so the name cannot be mistyped. */
    public Builder copyFrom(Stage stage, String source, String destination) {
      return then(Instruction.copy(source, destination).withFlags(Flag.of("from", stage.reference())));
    }

    /** {@code ENV name=value}. */
    public Builder env(String name, String value) {
      return then(Instruction.env(name, value));
    }

    /** {@code ARG name[=default]}. */
    public Builder arg(String nameOrNameValue) {
      return then(Instruction.arg(nameOrNameValue));
    }

    /** {@code LABEL name=value}. */
    public Builder label(String name, String value) {
      return then(Instruction.label(name, value));
    }

    /** {@code USER user}. */
    public Builder user(String user) {
      return then(Instruction.user(user));
    }

    /** {@code EXPOSE port}. */
    public Builder expose(String... ports) {
      return then(Instruction.expose(ports));
    }

    /** {@code ENTRYPOINT [...]} in exec form. */
    public Builder entrypoint(String... command) {
      return then(Instruction.entrypoint(command));
    }

    /** {@code CMD [...]} in exec form. */
    public Builder cmd(String... command) {
      return then(Instruction.cmd(command));
    }

    /** {@code SHELL [...]}. */
    public Builder shell(String... shell) {
      return then(Instruction.shell(shell));
    }

    /** {@code HEALTHCHECK --interval=... CMD [...]}. */
    public Builder healthcheck(List<Flag> options, String... command) {
      return then(Instruction.healthcheck(options, command));
    }

    /** Adds a comment line before {@code FROM}. */
    public Builder comment(String line) {
      addComment(line);
      return this;
    }
  }

  @Value.Check
  protected void check() {
    if (baseImage().isBlank() || baseImage().chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("stage base image '" + Redaction.redactSecrets(baseImage())
          + "' must be one word, like 'eclipse-temurin:21-jre'");
    }
    name().ifPresent(n -> {
      if (!n.matches("[a-zA-Z][a-zA-Z0-9_.-]*")) {
        throw new IllegalArgumentException("stage name '" + Redaction.redactSecrets(n)
            + "' must start with a letter and hold letters, digits, '_', '.' or '-', like 'build'");
      }
    });
  }
}
