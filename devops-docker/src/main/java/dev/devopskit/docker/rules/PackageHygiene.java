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
import java.util.List;

/**
 * {@code docker/package-hygiene}: {@code apt-get install} with {@code -y} and {@code --no-install-recommends} and
 * the package lists removed in the same RUN; {@code apk add --no-cache}. A RUN with a cache mount for the package
 * cache is exempt from the clean-up checks.
 */
final class PackageHygiene implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/package-hygiene", Profile.TRUNK, Severity.WARNING,
      "Package installs are non-interactive, minimal and leave no caches in the layer").withConfidence(Confidence.MEDIUM);

  private static final List<String> INSTALLERS = List.of("apt", "apk");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    for (Walk.Site site : Walk.all(file)) {
      Instruction run = site.instruction();
      if (run.keyword() != Keyword.RUN) {
        continue;
      }
      String text = Walk.runText(run);
      // Every install needs a word apt-get, apt or apk.
      if (!Walk.mayHoldWord(text, INSTALLERS)) {
        continue;
      }
      boolean cacheMount = run.flags().stream().anyMatch(f -> f.name().equals("mount") && f.value()
          .map(v -> v.contains("type=cache") && (v.contains("/var/cache/apt") || v.contains("/var/lib/apt")
              || v.contains("/var/cache/apk") || v.contains("/etc/apk/cache"))).orElse(false));
      for (List<String> command : Walk.commands(text)) {
        int install = installIndex(command);
        if (install < 0) {
          continue;
        }
        String tool = command.get(install - 1);
        List<String> options = command.subList(install, command.size());
        if (tool.equals("apk")) {
          if (!cacheMount && !options.contains("--no-cache")) {
            context.report(site.path(), "'apk add' without --no-cache keeps the package index in the layer",
                "write apk add --no-cache ...");
          }
          continue;
        }
        boolean yes = options.stream().anyMatch(o -> o.equals("-y") || o.equals("--yes") || o.equals("--assume-yes")
            || o.matches("-[a-zA-Z]*y[a-zA-Z]*") || o.equals("-qq"));
        if (!yes) {
          context.report(site.path(), "'" + tool + " install' without -y waits for an answer that never comes",
              "add -y");
        }
        if (!options.contains("--no-install-recommends")) {
          context.report(site.path(), "'" + tool + " install' without --no-install-recommends adds packages "
              + "nobody asked for", "add --no-install-recommends");
        }
        if (!cacheMount && !text.contains("/var/lib/apt/lists")) {
          context.report(site.path(), "'" + tool + " install' leaves the package lists in the layer",
              "end the same RUN with && rm -rf /var/lib/apt/lists/*");
        }
      }
    }
  }

  /** The index of {@code install}/{@code add} after apt-get, apt or apk, or -1. */
  private static int installIndex(List<String> command) {
    for (int i = 0; i + 1 < command.size(); i++) {
      String tool = command.get(i);
      if ((tool.equals("apt-get") || tool.equals("apt")) && command.subList(i + 1, command.size()).contains("install")) {
        return command.subList(i + 1, command.size()).indexOf("install") + i + 1;
      }
      if (tool.equals("apk") && command.get(i + 1).equals("add")) {
        return i + 1;
      }
    }
    return -1;
  }
}
