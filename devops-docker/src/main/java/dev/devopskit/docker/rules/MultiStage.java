package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Instruction;
import dev.devopskit.docker.dockerfile.Keyword;
import dev.devopskit.docker.dockerfile.Stage;
import java.util.List;

/**
 * {@code docker/multi-stage}: an image that builds its code builds in one stage and runs in another. A builder
 * image that runs no service (no {@code CMD}, {@code ENTRYPOINT} or {@code EXPOSE}) is a build environment: its
 * compilers are what it is for.
 */
final class MultiStage implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.builder().id("docker/multi-stage")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM).defaultSeverity(Severity.WARNING)
      .summary("An image that compiles its code builds in one stage and runs in another")
      .addOptions(new RuleOption("build-commands", "commands that mean the stage builds code",
          "[mvn, mvnw, ./mvnw, gradle, gradlew, ./gradlew, go build, cargo build, dotnet publish, npm run build, "
              + "yarn build, pnpm build, pnpm run build, yarn run build]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    if (file.stages().size() != 1 || !Walk.runsService(file)) {
      return;
    }
    List<String> tools = context.listOption("build-commands");
    // The first word of each tool, to skip at once the commands that cannot match (a RUN can hold many thousands).
    java.util.Set<String> firstWords = new java.util.HashSet<>();
    tools.forEach(t -> firstWords.add(firstWord(t.strip())));
    Stage stage = file.stages().get(0);
    for (Instruction run : stage.instructions(Keyword.RUN)) {
      String text = Walk.runText(run);
      if (!Walk.mayHoldWord(text, firstWords)) {
        continue;
      }
      for (List<String> command : Walk.commands(text)) {
        if (!firstWords.contains(command.get(0))) {
          continue;
        }
        String joined = String.join(" ", command);
        for (String tool : tools) {
          if (joined.equals(tool) || joined.startsWith(tool + " ")) {
            context.report(Walk.stage(0), "the image builds with '" + tool + "' and runs in the same stage, so "
                + "compilers, caches and sources ship in the final image",
                "build in a stage 'FROM ... AS build' and COPY --from=build only the result into a slim runtime stage");
            return;
          }
        }
      }
    }
  }

  /**
   * The text before its first white space ({@code \s}): what {@code split("\\s+", 2)[0]} gives for stripped text,
   * without compiling a pattern.
   */
  static String firstWord(String stripped) {
    for (int i = 0; i < stripped.length(); i++) {
      if (" \t\n\u000b\f\r".indexOf(stripped.charAt(i)) >= 0) {
        return stripped.substring(0, i);
      }
    }
    return stripped;
  }
}
