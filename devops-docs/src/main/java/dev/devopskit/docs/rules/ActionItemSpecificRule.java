package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.postmortem.ActionItem;
import dev.devopskit.docs.postmortem.Postmortem;
import java.util.regex.Pattern;

/**
 * {@code postmortem/action-item-specific}: an action says what will change in a way that can be checked. "Be
 * more careful" asks a person to change; "improve monitoring" names no measurable object (a metric, a threshold,
 * an alert, a component in backticks, a link).
 */
public final class ActionItemSpecificRule implements Rule<Postmortem> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("postmortem/action-item-specific", Profile.TRUNK, Severity.WARNING,
      "Every postmortem action item is specific and checkable, not a wish to be more careful").withConfidence(Confidence.LOW);

  private static final Pattern PERSON_CHANGE = Pattern.compile("(?iu)\\b(?:be (?:more )?careful|pay (?:more )?attention"
      + "|try harder|remember to|double[- ]check|be more vigilant|communicate better|tener (?:más|mas) cuidado"
      + "|prestar (?:más|mas) atención|recordar|estar (?:más|mas) atent[oa]s?|ser (?:más|mas) cuidados[oa]s?)\\b");
  private static final Pattern VAGUE = Pattern.compile("(?iu)^(?:improve|better|enhance|review|investigate|look into"
      + "|revisit|fix|update|work on|consider|think about|mejorar|revisar|investigar|estudiar|considerar|arreglar)\\b");
  private static final Pattern ANCHOR = Pattern.compile("(?u)\\d|`|https?://|\\]\\(|@|\\b[A-Z][a-z]+[A-Z]\\w*\\b"
      + "|\\b(?:when|if|so that|by adding|with an? |alert on|cuando|si |para que|añadiendo)\\b");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Postmortem pm, RuleContext context) {
    for (int i = 0; i < pm.actionItems().size(); i++) {
      ActionItem item = pm.actionItems().get(i);
      String action = item.action().strip();
      DocPath path = DocPath.of("actionItems").index(i).key("action");
      if (PERSON_CHANGE.matcher(action).find()) {
        context.report(path, "action item '" + action + "' asks people to be more careful; that changes nothing "
            + "the next person will meet", "change the system instead: add a check, a confirmation, an alert or "
            + "automation, e.g. 'Require a dry run before `terraform apply` in production'");
      } else if (action.split("\\s+").length <= 2 || (VAGUE.matcher(action).find() && !ANCHOR.matcher(action).find())) {
        context.report(path, "action item '" + action + "' is vague: it names no measurable object",
            "say exactly what changes and how to check it is done, e.g. 'Alert when replication lag exceeds 30 s "
                + "for 5 minutes'");
      }
    }
  }
}
