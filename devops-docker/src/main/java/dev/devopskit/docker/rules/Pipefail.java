package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Instruction;
import dev.devopskit.docker.dockerfile.Keyword;
import dev.devopskit.docker.dockerfile.Stage;

/** {@code docker/pipefail}: a RUN with a pipe fails when any command in the pipe fails. */
final class Pipefail implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/pipefail", Profile.TRUNK, Severity.WARNING,
      "RUN commands with pipes set -o pipefail").withConfidence(Confidence.MEDIUM);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    for (int s = 0; s < file.stages().size(); s++) {
      Stage stage = file.stages().get(s);
      boolean shellPipefail = false;
      for (int i = 0; i < stage.instructions().size(); i++) {
        Instruction instruction = stage.instructions().get(i);
        if (instruction.keyword() == Keyword.SHELL) {
          String shell = String.join(" ", instruction.arguments());
          shellPipefail = shell.contains("pipefail") || !shell.contains("sh");
        }
        if (instruction.keyword() != Keyword.RUN || instruction.execForm() || shellPipefail) {
          continue;
        }
        String text = instruction.commandText();
        if (hasPipe(text) && !text.contains("pipefail")) {
          context.report(Walk.instruction(s, i), "a pipe in RUN only fails when its last command fails, so a "
              + "failed download piped into another command passes", "add SHELL [\"/bin/bash\", \"-o\", "
              + "\"pipefail\", \"-c\"] before it, or start the command with set -o pipefail &&");
        }
      }
    }
  }

  private static boolean hasPipe(String text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\\') {
        i++;
      } else if (c == '|') {
        boolean orOperator = (i + 1 < text.length() && text.charAt(i + 1) == '|') || (i > 0 && text.charAt(i - 1) == '|');
        if (!orOperator) {
          return true;
        }
      }
    }
    return false;
  }
}
