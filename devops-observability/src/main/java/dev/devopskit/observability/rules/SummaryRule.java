package dev.devopskit.observability.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.observability.alerting.RuleFile;

/** {@code alerts/summary}: every alert says in one line what is wrong, and in more words what it means. */
public final class SummaryRule implements Rule<RuleFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("alerts/summary")
      .profile(Profile.TRUNK).defaultSeverity(Severity.WARNING)
      .summary("Every alert has summary and description annotations")
      .addOptions(new RuleOption("require-description", "also require a 'description' annotation", "true"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleFile file, RuleContext context) {
    boolean description = context.booleanOption("require-description");
    AlertSites.alerts(file, (path, group, rule) -> {
      if (rule.annotations().getOrDefault("summary", "").isBlank()) {
        context.report(path.key("alert"), "alert '" + rule.name() + "' has no summary annotation",
            "add 'summary: <what is wrong, in one line>' under annotations");
      }
      if (description && rule.annotations().getOrDefault("description", "").isBlank()) {
        context.report(path.key("alert"), "alert '" + rule.name() + "' has no description annotation",
            "add 'description: <what it means and what to look at>' under annotations");
      }
    });
  }
}
