package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.postmortem.DocumentStatus;
import dev.devopskit.docs.postmortem.IncidentSeverity;
import dev.devopskit.docs.postmortem.Postmortem;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * {@code postmortem/review-overdue}: a postmortem still in Draft more than 3 days after a P1 incident or 5
 * business days after a P2 one. Today comes from the policy's clock.
 */
public final class ReviewOverdueRule implements Rule<Postmortem> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("postmortem/review-overdue").profile(Profile.TRUNK)
      .defaultSeverity(Severity.WARNING).summary("A P1 or P2 postmortem leaves Draft soon after the incident")
      .addOption(new RuleOption("p1-days", "calendar days a P1 postmortem may stay in Draft", "3"))
      .addOption(new RuleOption("p2-business-days", "business days (Monday to Friday) a P2 postmortem may stay in "
          + "Draft", "5"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Postmortem pm, RuleContext context) {
    if (pm.status().filter(s -> s == DocumentStatus.DRAFT).isEmpty() || pm.date().isEmpty()
        || pm.severity().isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(context.clock());
    LocalDate deadline;
    String allowance;
    if (pm.severity().get() == IncidentSeverity.P1) {
      int days = context.intOption("p1-days");
      deadline = pm.date().get().plusDays(days);
      allowance = days + " days";
    } else if (pm.severity().get() == IncidentSeverity.P2) {
      int days = context.intOption("p2-business-days");
      deadline = plusBusinessDays(pm.date().get(), days);
      allowance = days + " business days";
    } else {
      return;
    }
    if (today.isAfter(deadline)) {
      context.report(DocPath.of("status"), "the " + pm.severity().get() + " postmortem of " + pm.date().get()
          + " is still a Draft on " + today + "; its review was due within " + allowance + " (by " + deadline + ")",
          "hold the review and set 'status: In Review' or 'Reviewed'");
    }
  }

  static LocalDate plusBusinessDays(LocalDate from, int days) {
    LocalDate date = from;
    int added = 0;
    while (added < days) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return date;
  }
}
