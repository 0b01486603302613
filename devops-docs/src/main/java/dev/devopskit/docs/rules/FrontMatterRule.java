package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.postmortem.Postmortem;

/**
 * {@code postmortem/front-matter}: the front matter says {@code type: postmortem} and has the incident, its date
 * (YYYY-MM-DD) and a severity of P1, P2 or P3. Values that are present but invalid are reported by the reader
 * under this rule's id.
 */
public final class FrontMatterRule implements Rule<Postmortem> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("postmortem/front-matter", Profile.TRUNK, Severity.ERROR,
      "A postmortem's front matter has type, incident, date and severity");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Postmortem pm, RuleContext context) {
    boolean fromFile = context.source().isPresent();
    if (fromFile && context.sourceMap().exact(DocPath.of("type")).isEmpty()) {
      context.report(DocPath.root(), "the front matter has no 'type: postmortem'",
          "start the file with a front matter block: ---, type: postmortem, incident, date, severity, ---");
    }
    if (pm.incident().isBlank()) {
      context.report(DocPath.of("incident"), "the front matter has no 'incident'",
          "add 'incident: <short-name>', like 'incident: checkout-outage'");
    }
    if (pm.date().isEmpty() && !(fromFile && context.sourceMap().exact(DocPath.of("date")).isPresent())) {
      context.report(DocPath.of("date"), "the front matter has no 'date'", "add 'date: YYYY-MM-DD', the day of the incident");
    }
    if (pm.severity().isEmpty() && !(fromFile && context.sourceMap().exact(DocPath.of("severity")).isPresent())) {
      context.report(DocPath.of("severity"), "the front matter has no 'severity'", "add 'severity: P1', 'P2' or 'P3'");
    }
  }
}
