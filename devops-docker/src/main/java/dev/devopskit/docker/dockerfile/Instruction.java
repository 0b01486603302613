package dev.devopskit.docker.dockerfile;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One instruction of a Dockerfile: keyword, builder flags and arguments, with the comments written before it.
 *
 * <p>Arguments keep what the instruction holds: the command text of a shell-form RUN, CMD or ENTRYPOINT (one
 * argument); the items of an exec-form (JSON) one ({@link #execForm()}); the words of COPY, ADD, EXPOSE, VOLUME
 * or ARG; the type ({@code CMD} or {@code NONE}) then the command of HEALTHCHECK. ENV and LABEL keep
 * {@link #pairs()}, ONBUILD its {@link #trigger()}.
 *
 * <pre>{@code
 * Instruction.run("mvn -B package");
 * Instruction.entrypoint("java", "-jar", "/app/app.jar");
 * Instruction.copy("pom.xml", "./").withFlags(Flag.of("link"));
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Instruction implements WithInstruction {

  /** The instruction. */
  public abstract Keyword keyword();

  /** Builder flags such as {@code --from=build}, in order. */
  public abstract List<Flag> flags();

  /** The arguments (see the type's description). */
  public abstract List<String> arguments();

  /** Whether the arguments are written as a JSON array (exec form). */
  @Value.Default
  public boolean execForm() {
    return false;
  }

  /** ENV and LABEL pairs. */
  public abstract List<KeyValue> pairs();

  /** ENV or LABEL in the legacy {@code ENV name value} form (read only; written back as it was). */
  @Value.Default
  public boolean legacyForm() {
    return false;
  }

  /** Here-documents that follow the instruction. */
  public abstract List<Heredoc> heredocs();

  /** Comment lines before the instruction, without the {@code #}. */
  public abstract List<String> comments();

  /** ONBUILD's instruction. */
  public abstract Optional<Instruction> trigger();

  /** The value of a flag, if the instruction has it ({@code flag("from")}). */
  public Optional<String> flag(String name) {
    return flags().stream().filter(f -> f.name().equals(name)).findFirst().flatMap(Flag::value);
  }

  /** Whether the instruction has a flag, with or without a value. */
  public boolean hasFlag(String name) {
    return flags().stream().anyMatch(f -> f.name().equals(name));
  }

  /** The {@code --mount} flags of a RUN as values (mounts that do not parse are left out). */
  public List<Mount> mounts() {
    List<Mount> out = new ArrayList<>();
    for (Flag flag : flags()) {
      if (flag.name().equals("mount") && flag.value().isPresent()) {
        try {
          out.add(Mount.parse(flag.value().get()));
        } catch (IllegalArgumentException e) {
          // an unknown mount type is the builder's to reject; the rules look at the mounts they know
        }
      }
    }
    return out;
  }

  /** The {@code --network} of a RUN ({@code default}, {@code none}, {@code host}). */
  public Optional<String> network() {
    return flag("network");
  }

  /** The {@code --security} of a RUN ({@code insecure}, {@code sandbox}). */
  public Optional<String> security() {
    return flag("security");
  }

  /** The shell-form command text, or the exec-form items joined by spaces. */
  public String commandText() {
    List<String> args = keyword() == Keyword.HEALTHCHECK && !arguments().isEmpty()
        ? arguments().subList(1, arguments().size()) : arguments();
    return String.join(" ", args);
  }

  /** Starts an instruction. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds instructions. */
  public static final class Builder extends ImmutableInstruction.Builder {}

  private static Instruction of(Keyword keyword, boolean exec, String... args) {
    return builder().keyword(keyword).execForm(exec).addAllArguments(Arrays.asList(args)).build();
  }

  /** {@code RUN command} in shell form. */
  public static Instruction run(String command) {
    return of(Keyword.RUN, false, command);
  }

  /** {@code RUN --mount=... command}: a RUN with mounts such as {@code type=cache,target=/root/.m2}. */
  public static Instruction run(String command, List<String> mounts) {
    Builder b = builder().keyword(Keyword.RUN).addArgument(command);
    mounts.forEach(m -> b.addFlag(Flag.of("mount", m)));
    return b.build();
  }

  /** {@code RUN --mount=type=... command} with mounts as values. */
  public static Instruction run(String command, Mount... mounts) {
    Builder b = builder().keyword(Keyword.RUN).addArgument(command);
    for (Mount mount : mounts) {
      b.addFlag(mount.flag());
    }
    return b.build();
  }

  /**
   * A RUN that sees a secret as an environment variable for this command only, never in a layer:
   * {@code RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci}.
   */
  public static Instruction runWithSecret(String command, dev.devopskit.core.secret.SecretRef secret) {
    return run(command, Mount.secret(secret));
  }

  /** {@code CMD ["executable", "arg"]} in exec form. */
  public static Instruction cmd(String... command) {
    return of(Keyword.CMD, true, command);
  }

  /** {@code ENTRYPOINT ["executable", "arg"]} in exec form. */
  public static Instruction entrypoint(String... command) {
    return of(Keyword.ENTRYPOINT, true, command);
  }

  /** {@code SHELL ["/bin/bash", "-o", "pipefail", "-c"]}. */
  public static Instruction shell(String... shell) {
    return of(Keyword.SHELL, true, shell);
  }

  /** {@code COPY source... destination}. */
  public static Instruction copy(String... sourcesAndDestination) {
    return of(Keyword.COPY, false, sourcesAndDestination);
  }

  /** {@code ADD source... destination}. */
  public static Instruction add(String... sourcesAndDestination) {
    return of(Keyword.ADD, false, sourcesAndDestination);
  }

  /** {@code WORKDIR path}. */
  public static Instruction workdir(String path) {
    return of(Keyword.WORKDIR, false, path);
  }

  /** {@code USER user[:group]}. */
  public static Instruction user(String user) {
    return of(Keyword.USER, false, user);
  }

  /** {@code EXPOSE port...}. */
  public static Instruction expose(String... ports) {
    return of(Keyword.EXPOSE, false, ports);
  }

  /** {@code VOLUME path...}. */
  public static Instruction volume(String... paths) {
    return of(Keyword.VOLUME, false, paths);
  }

  /** {@code STOPSIGNAL signal}. */
  public static Instruction stopSignal(String signal) {
    return of(Keyword.STOPSIGNAL, false, signal);
  }

  /** {@code ARG name} or {@code ARG name=default}. */
  public static Instruction arg(String nameOrNameValue) {
    return of(Keyword.ARG, false, nameOrNameValue);
  }

  /** {@code ENV name=value} with the value quoted where needed. */
  public static Instruction env(String name, String value) {
    return builder().keyword(Keyword.ENV).addPair(KeyValue.of(name, value)).build();
  }

  /** {@code LABEL name=value} with the value quoted where needed. */
  public static Instruction label(String name, String value) {
    return builder().keyword(Keyword.LABEL).addPair(KeyValue.of(name, value)).build();
  }

  /** {@code HEALTHCHECK [options] CMD command...} in exec form; options like {@code Flag.of("interval", "30s")}. */
  public static Instruction healthcheck(List<Flag> options, String... command) {
    List<String> args = new ArrayList<>();
    args.add("CMD");
    args.addAll(Arrays.asList(command));
    return builder().keyword(Keyword.HEALTHCHECK).addAllFlags(options).execForm(true).addAllArguments(args).build();
  }

  /** {@code HEALTHCHECK NONE}. */
  public static Instruction healthcheckNone() {
    return of(Keyword.HEALTHCHECK, false, "NONE");
  }

  /** {@code ONBUILD instruction}. */
  public static Instruction onbuild(Instruction trigger) {
    return builder().keyword(Keyword.ONBUILD).trigger(trigger).build();
  }

  @Value.Check
  protected void check() {
    if (keyword() == Keyword.ONBUILD) {
      Instruction trigger = trigger().orElseThrow(() -> new IllegalArgumentException(
          "ONBUILD needs a trigger instruction: Instruction.onbuild(Instruction.run(...))"));
      if (trigger.keyword() == Keyword.ONBUILD || trigger.keyword() == Keyword.FROM
          || trigger.keyword() == Keyword.MAINTAINER) {
        throw new IllegalArgumentException("ONBUILD cannot trigger " + trigger.keyword());
      }
    } else if (trigger().isPresent()) {
      throw new IllegalArgumentException(keyword() + " has no trigger; only ONBUILD does");
    }
    if (!pairs().isEmpty() && keyword() != Keyword.ENV && keyword() != Keyword.LABEL) {
      throw new IllegalArgumentException(keyword() + " has no name=value pairs; only ENV and LABEL do");
    }
    if (keyword() == Keyword.FROM) {
      throw new IllegalArgumentException("FROM starts a Stage: use Stage.builder().baseImage(...) or Dockerfiles.stage");
    }
    for (String comment : comments()) {
      if (comment.contains("\n") || comment.contains("\r")) {
        throw new IllegalArgumentException("a comment is one line; add one comment per line");
      }
    }
    for (String argument : arguments()) {
      if (!execForm() && (argument.contains("\n") || argument.contains("\r"))) {
        throw new IllegalArgumentException(keyword() + " argument holds a line break; use a heredoc for scripts");
      }
    }
  }
}
