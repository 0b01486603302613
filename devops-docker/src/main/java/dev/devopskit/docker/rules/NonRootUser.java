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
import java.util.Optional;

/**
 * {@code docker/non-root-user}: the final stage runs as a user other than root. An image that runs no service (no
 * {@code CMD}, {@code ENTRYPOINT} or {@code EXPOSE}: a base or builder image) is left alone: the images built from it
 * choose their user.
 */
final class NonRootUser implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/non-root-user", Profile.TRUNK, Severity.WARNING,
      "The final image runs as a user other than root").withConfidence(Confidence.MEDIUM);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    if (!Walk.runsService(file)) {
      return;
    }
    int index = file.stages().size() - 1;
    int current = index;
    while (true) {
      Optional<Instruction> user = file.stages().get(current).last(Keyword.USER);
      if (user.isPresent()) {
        String name = user.get().commandText().split(":")[0].trim();
        if (name.equals("root") || name.equals("0")) {
          int at = file.stages().get(current).instructions().lastIndexOf(user.get());
          context.report(Walk.instruction(current, at), "the final image runs as root",
              "add a user (RUN useradd --system app) and end with USER app, or a numeric USER 10001");
        }
        return;
      }
      Optional<Integer> parent = Walk.parentStage(file, current);
      if (parent.isEmpty()) {
        break;
      }
      current = parent.get();
    }
    String base = file.stages().get(current).baseImage();
    if (base.contains("nonroot") || base.contains("distroless") && base.contains(":nonroot")) {
      return;
    }
    context.report(Walk.stage(index), "the final stage has no USER, so the container runs as root",
        "add USER with a non-root user (for example USER 10001) before CMD or ENTRYPOINT");
  }
}
