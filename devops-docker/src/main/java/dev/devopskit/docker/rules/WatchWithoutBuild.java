package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.Develop;
import dev.devopskit.docker.compose.WatchRule;
import java.util.List;

/**
 * {@code compose/watch-without-build}: a {@code develop.watch} rule with the action {@code rebuild} on a service
 * that has no {@code build}, which {@code docker compose watch} refuses when it starts.
 */
final class WatchWithoutBuild implements Rule<ComposeFile> {
  static final RuleInfo INFO = RuleInfo.of("compose/watch-without-build", Profile.RECOMMENDED, Severity.ERROR,
      "Watch rules that rebuild belong to services that are built");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ComposeFile file, RuleContext context) {
    file.services().forEach((name, service) -> {
      // A service that extends another may take its build from there.
      if (service.buildFrom().isPresent() || service.extendsFrom().isPresent() || service.develop().isEmpty()) {
        return;
      }
      List<WatchRule> watch = service.develop().map(Develop::watch).orElse(List.of());
      for (int i = 0; i < watch.size(); i++) {
        if (watch.get(i).action() == WatchRule.Action.REBUILD) {
          context.report(DocPath.of("services", name, "develop", "watch").index(i).key("action"), "service '" + name
              + "' has no 'build', so 'docker compose watch' cannot rebuild it and refuses to start",
              "add build: with the service's context, or use action: sync with a target to copy files into the "
                  + "running container");
        }
      }
    });
  }
}
