package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.postmortem.ActionItem;
import dev.devopskit.docs.postmortem.Postmortem;
import java.util.List;
import java.util.Locale;

/** {@code postmortem/action-item-status}: every action item's status is one of a configurable set. */
public final class ActionItemStatusRule implements Rule<Postmortem> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("postmortem/action-item-status").profile(Profile.TRUNK)
      .defaultSeverity(Severity.WARNING).summary("Every postmortem action item has a status from the agreed set")
      .addOption(new RuleOption("statuses", "the statuses an action item may have",
          "[Open, In Progress, Done, Won't Do]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Postmortem pm, RuleContext context) {
    List<String> allowed = context.listOption("statuses");
    for (int i = 0; i < pm.actionItems().size(); i++) {
      ActionItem item = pm.actionItems().get(i);
      String status = item.status().strip();
      boolean known = allowed.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(status.toLowerCase(Locale.ROOT)));
      if (!known) {
        context.report(DocPath.of("actionItems").index(i).key("status"), "action item '" + item.action() + "' has "
            + (status.isEmpty() ? "no status" : "the status '" + status + "'") + ", not one of "
            + String.join(", ", allowed), "use one of: " + String.join(", ", allowed));
      }
    }
  }
}
