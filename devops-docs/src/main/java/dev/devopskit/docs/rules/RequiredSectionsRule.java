package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.postmortem.Postmortem;

/**
 * {@code postmortem/required-sections}: the template's sections Timeline, Root Cause, Impact and Action Items are
 * present and filled in.
 */
public final class RequiredSectionsRule implements Rule<Postmortem> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("postmortem/required-sections", Profile.TRUNK, Severity.ERROR,
      "A postmortem has the sections Timeline, Root Cause, Impact and Action Items, filled in");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Postmortem pm, RuleContext context) {
    section(context, "timeline", "Timeline", pm.timeline().isEmpty(), "add at least one row to the timeline table");
    section(context, "rootCause", "Root Cause", pm.rootCause().isBlank(),
        "describe the conditions in the system that allowed the incident");
    section(context, "impact", "Impact", pm.impact().isBlank(), "say who and what was affected, and for how long");
    section(context, "actionItems", "Action Items", pm.actionItems().isEmpty(),
        "add at least one action with an owner and a due date");
  }

  private static void section(RuleContext context, String path, String title, boolean empty, String fix) {
    DocPath at = DocPath.of(path);
    if (context.source().isPresent() && context.sourceMap().exact(at).isEmpty()) {
      context.report(DocPath.root(), "the postmortem has no '## " + title + "' section",
          "add a '## " + title + "' section: " + fix);
    } else if (empty) {
      context.report(at, "the '" + title + "' section is empty", fix);
    }
  }
}
