package dev.devopskit.observability.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.observability.alerting.RuleFile;
import java.util.List;

/** {@code alerts/severity-label}: every alert has a {@code severity} label from the agreed set. */
public final class SeverityLabelRule implements Rule<RuleFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("alerts/severity-label").profile(Profile.TRUNK)
      .defaultSeverity(Severity.WARNING).summary("Every alert has a severity label from the agreed set")
      .addOptions(new RuleOption("allowed", "the severity values routing understands (empty allows any)",
          "[critical, warning, info, page, ticket]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleFile file, RuleContext context) {
    List<String> allowed = context.listOption("allowed");
    AlertSites.alerts(file, (path, group, rule) -> {
      String severity = rule.labels().getOrDefault("severity", group.labels().get("severity"));
      if (severity == null || severity.isBlank()) {
        context.report(path.key("alert"), "alert '" + rule.name() + "' has no severity label",
            "add 'severity: " + (allowed.isEmpty() ? "critical" : allowed.get(0)) + "' under labels");
      } else if (!allowed.isEmpty() && !allowed.contains(severity)) {
        context.report(rule.labels().containsKey("severity") ? path.key("labels").key("severity")
                : path.key("alert"),
            "alert '" + rule.name() + "' has severity '" + severity + "', which is not one of " + allowed,
            "use one of " + allowed + ", or add the value to the rule's 'allowed' option");
      }
    });
  }
}
