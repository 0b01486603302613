package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.runbook.Runbook;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * {@code runbook/stale-review}: a runbook says when it was last reviewed, and that was no longer ago than a
 * configurable age (default 90 days) by the policy's clock.
 */
public final class StaleReviewRule implements Rule<Runbook> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("runbook/stale-review")
      .profile(Profile.TRUNK).defaultSeverity(Severity.WARNING)
      .summary("A runbook was reviewed recently")
      .addOption(new RuleOption("max-age-days", "days since the last review after which a runbook is stale", "90"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Runbook runbook, RuleContext context) {
    DocPath path = DocPath.of("lastReviewed");
    if (runbook.lastReviewed().isEmpty()) {
      if (context.source().isEmpty() || context.sourceMap().exact(path).isEmpty()) {
        context.report(path, "the runbook does not say when it was last reviewed",
            "add 'last_reviewed: YYYY-MM-DD' to the front matter after walking through the steps");
      }
      return;
    }
    int maxAge = context.intOption("max-age-days");
    LocalDate today = LocalDate.now(context.clock());
    long age = ChronoUnit.DAYS.between(runbook.lastReviewed().get(), today);
    if (age > maxAge) {
      context.report(path, "the runbook was last reviewed on " + runbook.lastReviewed().get() + ", " + age
          + " days ago (more than " + maxAge + ")", "walk through the steps against the current system, fix what "
          + "changed, and update 'last_reviewed'");
    }
  }
}
