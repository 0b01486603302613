package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.postmortem.ActionItem;
import dev.devopskit.docs.postmortem.Postmortem;
import java.util.Locale;
import java.util.Set;

/** {@code postmortem/action-item-owner}: every action item has an owner (a person or a team). */
public final class ActionItemOwnerRule implements Rule<Postmortem> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("postmortem/action-item-owner", Profile.TRUNK, Severity.ERROR,
      "Every postmortem action item has an owner");
  private static final Set<String> NOBODY = Set.of("", "tbd", "tba", "?", "-", "—", "n/a", "none", "nobody",
      "unassigned", "team", "everyone", "all", "todos", "nadie", "por definir");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Postmortem pm, RuleContext context) {
    for (int i = 0; i < pm.actionItems().size(); i++) {
      ActionItem item = pm.actionItems().get(i);
      if (NOBODY.contains(item.owner().strip().toLowerCase(Locale.ROOT))) {
        context.report(DocPath.of("actionItems").index(i).key("owner"), "action item '" + item.action()
            + "' has no owner" + (item.owner().isBlank() ? "" : " ('" + item.owner() + "' is nobody in particular)"),
            "name one person or team that will see it through, like '@payments-team'");
      }
    }
  }
}
