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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code docker/pipefail}: a RUN with a pipe fails when any command in the pipe fails. */
final class Pipefail implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/pipefail", Profile.TRUNK, Severity.WARNING,
      "RUN commands with pipes set -o pipefail").withConfidence(Confidence.MEDIUM);

  /** A checksum check: {@code sha256sum -c -}, {@code shasum -a 512 --check}. */
  private static final Pattern CHECKSUM = Pattern.compile(
      "\\s*(sha\\d*sum|md5sum|shasum|b2sum)\\b[^;&|\\n]*?\\s(-c|--check)(\\s|$)");
  /** The end of an assignment just before a substitution: {@code dst="}, {@code export ARCH=}. */
  private static final Pattern ASSIGNED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=\"?$");
  /** The start of a test command: {@code [ -n }, {@code if [[ }, {@code test -z }. */
  private static final Pattern TEST = Pattern.compile("\\s*((if|elif|while|until|!)\\s+)*(\\[\\[?|test)\\s");

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

  /**
   * Whether the text holds a pipe that can hide a failure: one whose first commands may fail unseen. Two kinds are
   * safe: a pipe into a checksum check ({@code echo "$SHA256 *php.tar.xz" | sha256sum -c -}: the check fails
   * loudly, and an echo does not fail), and a pipe inside a command substitution whose result is checked (assigned
   * to a variable that later commands use, or tested with {@code [ ]}, {@code [[ ]]} or {@code test}).
   */
  static boolean hasPipe(String text) {
    // One entry per open $( ... ): its start, the plain parentheses open inside it, the quote it was opened in.
    Deque<int[]> substitutions = new ArrayDeque<>();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == '\'') {
        quote = c == '\'' ? 0 : quote;
      } else if (c == '\\') {
        i++;
      } else if (c == '$' && text.startsWith("(", i + 1) && !text.startsWith("((", i + 1)) {
        substitutions.push(new int[] {i, 0, quote});
        quote = 0;
        i++;
      } else if (quote == '"') {
        quote = c == '"' ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' && !substitutions.isEmpty()) {
        substitutions.peek()[1]++;
      } else if (c == ')' && !substitutions.isEmpty()) {
        if (substitutions.peek()[1] > 0) {
          substitutions.peek()[1]--;
        } else {
          quote = (char) substitutions.pop()[2];
        }
      } else if (c == '|' && !orOperator(text, i)) {
        boolean safe = substitutions.isEmpty() ? intoChecksum(text, i + 1) : checked(text, substitutions.peek()[0]);
        if (!safe) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean orOperator(String text, int i) {
    return i + 1 < text.length() && text.charAt(i + 1) == '|' || i > 0 && text.charAt(i - 1) == '|';
  }

  private static boolean intoChecksum(String text, int from) {
    return CHECKSUM.matcher(text).region(from, text.length()).lookingAt();
  }

  /** Whether the value of the substitution at {@code start} is checked: tested, or assigned and used later. */
  private static boolean checked(String text, int start) {
    String before = text.substring(0, start);
    Matcher assignment = ASSIGNED.matcher(before);
    if (assignment.find()) {
      String name = assignment.group(1);
      return Pattern.compile("\\$\\{?" + name + "\\b").matcher(text).region(start, text.length()).find();
    }
    int separator = Math.max(Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n')),
        Math.max(before.lastIndexOf("&&"), before.lastIndexOf("||")));
    return TEST.matcher(before.substring(separator + 1)).lookingAt();
  }
}
