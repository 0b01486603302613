package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.postmortem.ActionItem;
import dev.devopskit.docs.postmortem.IncidentSeverity;
import dev.devopskit.docs.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code postmortem/action-item-due}: every action item has a due date (YYYY-MM-DD) after the incident; for P1
 * and P2 incidents within a window (default 8 weeks); and an open item is not past due by the rule's clock.
 */
public final class ActionItemDueRule implements Rule<Postmortem> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("postmortem/action-item-due").profile(Profile.TRUNK)
      .defaultSeverity(Severity.WARNING)
      .summary("Every postmortem action item is due after the incident, soon for P1 and P2, and not past due")
      .addOption(new RuleOption("window-weeks", "how many weeks after a P1 or P2 incident its actions are due", "8"))
      .addOption(new RuleOption("closed-statuses", "statuses of finished items, which cannot be past due",
          "[Done, Won't Do, Closed]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Postmortem pm, RuleContext context) {
    int weeks = context.intOption("window-weeks");
    List<String> closed = context.listOption("closed-statuses").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    LocalDate today = LocalDate.now(context.clock());
    for (int i = 0; i < pm.actionItems().size(); i++) {
      ActionItem item = pm.actionItems().get(i);
      DocPath path = DocPath.of("actionItems").index(i).key("due");
      Optional<LocalDate> due = item.dueDate();
      if (due.isEmpty()) {
        context.report(path, "action item '" + item.action() + "' has no due date"
            + (item.due().isBlank() ? "" : " ('" + item.due() + "' is not YYYY-MM-DD)"),
            "write the date it is due, like " + pm.date().orElse(today).plusWeeks(2));
        continue;
      }
      if (pm.date().isPresent() && !due.get().isAfter(pm.date().get())) {
        context.report(path, "action item '" + item.action() + "' is due " + due.get()
            + ", not after the incident on " + pm.date().get(), "give a date after the incident");
        continue;
      }
      boolean urgent = pm.severity().filter(s -> s == IncidentSeverity.P1 || s == IncidentSeverity.P2).isPresent();
      if (urgent && pm.date().isPresent() && due.get().isAfter(pm.date().get().plusWeeks(weeks))) {
        context.report(path, "action item '" + item.action() + "' is due " + due.get() + ", more than " + weeks
            + " weeks after a " + pm.severity().get() + " incident",
            "bring it forward to " + pm.date().get().plusWeeks(weeks) + " at the latest, or split it");
        continue;
      }
      if (due.get().isBefore(today) && !closed.contains(item.status().strip().toLowerCase(Locale.ROOT))) {
        context.report(path, "action item '" + item.action() + "' was due " + due.get() + " and is still '"
            + item.status() + "'", "finish it, or set a new date and say why in the postmortem");
      }
    }
  }
}
