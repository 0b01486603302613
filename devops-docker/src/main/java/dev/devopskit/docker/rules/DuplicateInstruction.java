package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Keyword;
import dev.devopskit.docker.dockerfile.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code docker/duplicate-instruction}: at most one CMD, ENTRYPOINT and HEALTHCHECK per stage. */
final class DuplicateInstruction implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/duplicate-instruction", Profile.TRUNK, Severity.WARNING,
      "A stage has at most one CMD, ENTRYPOINT and HEALTHCHECK");
  private static final List<Keyword> SINGLE = List.of(Keyword.CMD, Keyword.ENTRYPOINT, Keyword.HEALTHCHECK);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    for (int s = 0; s < file.stages().size(); s++) {
      Stage stage = file.stages().get(s);
      Map<Keyword, Integer> last = new EnumMap<>(Keyword.class);
      for (int i = 0; i < stage.instructions().size(); i++) {
        Keyword k = stage.instructions().get(i).keyword();
        if (SINGLE.contains(k)) {
          last.put(k, i);
        }
      }
      for (int i = 0; i < stage.instructions().size(); i++) {
        Keyword k = stage.instructions().get(i).keyword();
        if (SINGLE.contains(k) && last.get(k) != i) {
          context.report(Walk.instruction(s, i), "this " + k + " has no effect: a later " + k + " in the same "
              + "stage replaces it", "remove it, or merge it into the last " + k);
        }
      }
    }
  }
}
