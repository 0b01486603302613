package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docs.postmortem.Postmortem;
import java.util.List;

/** The rules that check postmortems, in a stable order. */
public final class PostmortemRules {
  /** Findings of the reader when a file cannot be read as Markdown at all. */
  public static final RuleInfo SYNTAX = RuleInfo.of("postmortem/syntax", Profile.RECOMMENDED, Severity.ERROR,
      "A postmortem file can be read as Markdown");

  private PostmortemRules() {}

  /** Every postmortem rule. */
  public static List<Rule<? super Postmortem>> all() {
    return List.of(new FrontMatterRule(), new RequiredSectionsRule(), new BlamelessLanguageRule(),
        new TimelineOrderRule(), new ActionItemOwnerRule(), new ActionItemDueRule(), new ActionItemStatusRule(),
        new ActionItemSpecificRule(), new ReviewOverdueRule());
  }
}
