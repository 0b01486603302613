package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Keyword;

/** {@code docker/exec-form}: CMD and ENTRYPOINT use the JSON (exec) form, so the process gets signals. */
final class ExecForm implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/exec-form", Profile.TRUNK, Severity.WARNING,
      "CMD and ENTRYPOINT use the exec (JSON) form");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    for (Walk.Site site : Walk.all(file)) {
      Keyword k = site.instruction().keyword();
      if ((k == Keyword.CMD || k == Keyword.ENTRYPOINT) && !site.instruction().execForm()
          && !site.instruction().arguments().isEmpty()) {
        String[] words = site.instruction().commandText().trim().split("\\s+");
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < words.length; i++) {
          json.append(i == 0 ? "" : ", ").append('"').append(words[i].replace("\"", "\\\"")).append('"');
        }
        context.report(site.path(), k + " in shell form runs under /bin/sh -c, which does not pass SIGTERM on, "
            + "so the container is killed instead of stopped",
            "write " + k + " " + json.append(']'));
      }
    }
  }
}
