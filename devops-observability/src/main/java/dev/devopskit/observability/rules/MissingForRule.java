package dev.devopskit.observability.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.observability.alerting.RuleFile;

/** {@code alerts/missing-for}: an alert without {@code for} fires on one bad evaluation and flaps. */
public final class MissingForRule implements Rule<RuleFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("alerts/missing-for", Profile.TRUNK, Severity.WARNING,
      "Every alert waits with 'for' before it fires");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleFile file, RuleContext context) {
    AlertSites.alerts(file, (path, group, rule) -> {
      if (rule.forDuration().isEmpty()) {
        context.report(path.key("alert"), "alert '" + rule.name() + "' has no 'for', so one bad evaluation fires it",
            "add 'for: 5m' (or how long the condition must hold before someone is notified)");
      } else if (rule.forDuration().get().matches("0+(ms|s|m|h|d|w|y)?")) {
        context.report(path.key("for"), "alert '" + rule.name() + "' has 'for: " + rule.forDuration().get()
            + "', so one bad evaluation fires it", "wait at least one scrape or two, for example 'for: 2m'");
      }
    });
  }
}
