package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;

/**
 * {@code github/privileged-trigger}: the audit companion of {@link DangerousTrigger}. Every workflow on
 * {@code pull_request_target} or {@code workflow_run} runs with the base repository's secrets and a writable token
 * in response to something an outsider can start; each one is worth a review even when it checks out nothing.
 */
public final class PrivilegedTrigger implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/privileged-trigger", Profile.STRICT, Severity.WARNING,
      "pull_request_target and workflow_run are used only where nothing else works")
      .withConfidence(Confidence.LOW);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    for (String event : List.of("pull_request_target", "workflow_run")) {
      if (Pipelines.on(workflow, event)) {
        context.reportAtKey(DocPath.of("on", event), "on: " + event + " runs with this repository's secrets and a "
            + "write token for events an outsider can cause; anything the workflow reads from the event or the "
            + "pull request is theirs", "use on: pull_request where the job needs no secrets or write access; "
            + "otherwise keep the job to trusted code, declare minimal permissions and pass data through env");
      }
    }
  }
}
