package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.Locale;
import java.util.Map;

/**
 * {@code github/superfluous-actions}: a step does not use a third-party action for what a tool already installed
 * on GitHub's runners does in one command ({@code gh release create}, {@code gh pr comment}, {@code docker run},
 * {@code rustup}). Each such action is one more publisher whose code runs with the job's token. Composite actions'
 * steps are judged the same way ({@link StepRule}).
 */
public final class SuperfluousActions implements Rule<Workflow>, StepRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/superfluous-actions")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.NOTE)
      .summary("Steps use the runner's own tools rather than third-party actions that only wrap them")
      .build();
  /** The actions (owner/repo, lower case) and the command of the runner that does the same. */
  private static final Map<String, String> WRAPPERS = Map.of(
      "ncipollo/release-action", "gh release create (or upload) in a run step",
      "softprops/action-gh-release", "gh release create (or upload) in a run step",
      "elgohr/github-release-action", "gh release create (or upload) in a run step",
      "peter-evans/create-or-update-comment", "gh pr comment or gh issue comment in a run step",
      "addnab/docker-run-action", "docker run in a run step, or a job container",
      "dtolnay/rust-toolchain", "rustup toolchain install (and cargo) in a run step");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    UsesSites.forEach(workflow, (ref, path) -> check(ref, path, context));
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    step.uses().ifPresent(ref -> check(ref, scope.path().key("uses"), context));
  }

  private static void check(ActionRef ref, DocPath path, RuleContext context) {
    if (ref.kind() != ActionRef.Kind.REPOSITORY || ref.repository().isEmpty()) {
      return;
    }
    String instead = WRAPPERS.get(ref.repository().get().toLowerCase(Locale.ROOT));
    if (instead != null) {
      context.report(path, "'" + ref.repository().get() + "' only wraps a tool the runner already has, and "
          + "runs its publisher's code with this job's token", "use " + instead);
    }
  }
}
