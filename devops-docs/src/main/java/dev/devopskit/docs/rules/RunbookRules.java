package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docs.runbook.Runbook;
import java.util.List;

/** The rules that check runbooks, in a stable order. */
public final class RunbookRules {
  /** Findings of the reader when a file cannot be read as Markdown at all. */
  public static final RuleInfo SYNTAX = RuleInfo.of("runbook/syntax", Profile.RECOMMENDED, Severity.ERROR,
      "A runbook file can be read as Markdown");
  /** Findings of the reader about a front matter that cannot be read. */
  public static final RuleInfo FRONT_MATTER = RuleInfo.of("runbook/front-matter", Profile.TRUNK, Severity.ERROR,
      "A runbook's front matter can be read");

  private RunbookRules() {}

  /** Every runbook rule. */
  public static List<Rule<? super Runbook>> all() {
    return List.of(new StepCommandRule(), new ExpectedOutputRule(), new RollbackRule(), new StaleReviewRule(),
        new EscalationRule());
  }
}
