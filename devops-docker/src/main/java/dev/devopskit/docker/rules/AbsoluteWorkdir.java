package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Keyword;

/** {@code docker/absolute-workdir}: WORKDIR is an absolute path. */
final class AbsoluteWorkdir implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/absolute-workdir", Profile.TRUNK, Severity.WARNING,
      "WORKDIR is an absolute path");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    for (Walk.Site site : Walk.all(file)) {
      if (site.instruction().keyword() != Keyword.WORKDIR) {
        continue;
      }
      String path = site.instruction().commandText().replace("\"", "").replace("'", "");
      boolean absolute = path.startsWith("/") || path.startsWith("$") || path.matches("[A-Za-z]:[\\\\/].*")
          || path.startsWith("\\");
      if (!absolute) {
        context.report(site.path(), "WORKDIR '" + path + "' is relative, so where it lands depends on every "
            + "WORKDIR before it and on the base image", "write an absolute path such as /app");
      }
    }
  }
}
