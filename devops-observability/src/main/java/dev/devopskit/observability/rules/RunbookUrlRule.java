package dev.devopskit.observability.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.observability.alerting.RuleFile;

/** {@code alerts/runbook-url}: every alert links the runbook that says what to do when it fires. */
public final class RunbookUrlRule implements Rule<RuleFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("alerts/runbook-url", Profile.TRUNK, Severity.WARNING,
      "Every alert has a runbook_url annotation");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleFile file, RuleContext context) {
    AlertSites.alerts(file, (path, group, rule) -> {
      String url = rule.annotations().getOrDefault("runbook_url", "");
      if (url.isBlank()) {
        context.report(path.key("alert"), "alert '" + rule.name() + "' has no runbook_url annotation",
            "add 'runbook_url: <link to the runbook>' under annotations");
      }
    });
  }
}
