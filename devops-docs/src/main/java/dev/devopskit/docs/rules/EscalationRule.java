package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.runbook.EscalationContact;
import dev.devopskit.docs.runbook.Runbook;

/** {@code runbook/escalation}: a runbook says whom to escalate to, how to reach them and how fast they respond. */
public final class EscalationRule implements Rule<Runbook> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("runbook/escalation", Profile.TRUNK, Severity.WARNING,
      "A runbook says whom to escalate to, how, and how fast they respond").withConfidence(Confidence.MEDIUM);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Runbook runbook, RuleContext context) {
    if (runbook.escalation().isEmpty()) {
      context.report(DocPath.of("escalation"), "the runbook has no escalation contact",
          "add a '## Escalation' table: | Who | How | Response time |, like | Database on-call | PagerDuty "
              + "service db | 15 minutes |");
      return;
    }
    for (int i = 0; i < runbook.escalation().size(); i++) {
      EscalationContact contact = runbook.escalation().get(i);
      if (contact.who().isBlank() || contact.how().isBlank() || contact.responseTime().isBlank()) {
        String missing = contact.who().isBlank() ? "who" : contact.how().isBlank() ? "how to reach them"
            : "the response time";
        context.report(DocPath.of("escalation").index(i), "escalation contact '" + contact.who() + "' lacks "
            + missing, "fill in who, how to reach them and how fast they respond");
      }
    }
  }
}
