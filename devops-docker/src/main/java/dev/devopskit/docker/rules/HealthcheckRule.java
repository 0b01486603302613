package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Keyword;
import java.util.Optional;

/**
 * {@code docker/healthcheck}: the final image says how to tell that it is healthy. An image that runs no service (a
 * base or builder image) has nothing to probe.
 */
final class HealthcheckRule implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/healthcheck", Profile.TRUNK, Severity.NOTE,
      "The final image has a HEALTHCHECK").withConfidence(Confidence.MEDIUM);

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
      if (!file.stages().get(current).instructions(Keyword.HEALTHCHECK).isEmpty()) {
        return;
      }
      Optional<Integer> parent = Walk.parentStage(file, current);
      if (parent.isEmpty()) {
        break;
      }
      current = parent.get();
    }
    context.report(Walk.stage(index), "the final stage has no HEALTHCHECK, so Docker and compose cannot tell "
        + "a hung container from a healthy one",
        "add HEALTHCHECK CMD [\"curl\", \"-fsS\", \"http://localhost:8080/health\"] (or HEALTHCHECK NONE "
            + "when the platform probes it)");
  }
}
