package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Workflow;

/**
 * {@code github/anonymous-definition}: a workflow has a {@code name}, so the Actions tab, required checks and audit
 * logs show what it is rather than its file path. Jobs without a name are {@code github/job-name}'s concern.
 */
public final class AnonymousDefinition implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/anonymous-definition")
      .profile(Profile.STRICT).confidence(Confidence.HIGH).defaultSeverity(Severity.NOTE)
      .summary("Every workflow has a name")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    if (workflow.name().filter(n -> !n.isBlank()).isEmpty() && !workflow.on().isEmpty()) {
      context.reportAtKey(DocPath.of("on"), "the workflow has no name, so the Actions tab and its checks show the "
          + "file path", "add name: at the top with what it does, such as 'CI' or 'Release'");
    }
  }
}
