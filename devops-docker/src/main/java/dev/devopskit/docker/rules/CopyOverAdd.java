package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Keyword;
import java.util.List;

/** {@code docker/copy-over-add}: local files are copied with COPY; ADD only for URLs, git and archives. */
final class CopyOverAdd implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/copy-over-add", Profile.TRUNK, Severity.WARNING,
      "COPY copies local files; ADD only fetches URLs or unpacks archives");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    for (Walk.Site site : Walk.all(file)) {
      if (site.instruction().keyword() != Keyword.ADD || site.instruction().arguments().size() < 2
          || !site.instruction().heredocs().isEmpty()) {
        continue;
      }
      List<String> args = site.instruction().arguments();
      boolean special = args.subList(0, args.size() - 1).stream().anyMatch(CopyOverAdd::special);
      if (!special) {
        context.report(site.path(), "ADD of local files also unpacks archives and fetches URLs; COPY says what "
            + "is meant", "write COPY " + String.join(" ", args));
      }
    }
  }

  private static boolean special(String source) {
    String s = source.toLowerCase(java.util.Locale.ROOT);
    return s.contains("://") || s.startsWith("git@") || s.endsWith(".tar") || s.contains(".tar.") || s.endsWith(".tgz")
        || s.endsWith(".txz") || s.endsWith(".tbz2") || s.endsWith(".tar.gz") || Walk.hasVariable(s);
  }
}
