package dev.devopskit.github.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code github/unpinned-action}: actions and reusable workflows are pinned as the policy asks. Like zizmor's
 * {@code unpinned-uses} policies, each pattern ({@code owner/repo}, {@code owner/*}, {@code *}; the most specific
 * wins) gets {@code hash-pin} (a full commit SHA, or an image digest), {@code ref-pin} (any tag or branch) or
 * {@code any}. By default GitHub's own {@code actions/*} and {@code github/*} may use tags; the rest need a SHA.
 * Composite actions' own {@code uses:} are judged the same way ({@link StepRule}).
 */
public final class UnpinnedAction implements Rule<Workflow>, StepRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/unpinned-action")
      .profile(Profile.RECOMMENDED).defaultSeverity(Severity.WARNING)
      .summary("Third-party actions are pinned to a full commit SHA")
      .addOptions(new RuleOption("policies", "pin policy by pattern, as pattern=hash-pin|ref-pin|any; the most "
          + "specific pattern wins", "[actions/*=ref-pin, github/*=ref-pin, *=hash-pin]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    Map<String, String> policies = policies(context);
    UsesSites.forEach(workflow, (ref, path) -> check(ref, path, policies, context));
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    step.uses().ifPresent(ref -> check(ref, scope.path().key("uses"), policies(context), context));
  }

  /** The policies by pattern, in lower case; of patterns equal but for case, the first wins, as it is looked up. */
  private static Map<String, String> policies(RuleContext context) {
    Map<String, String> policies = new HashMap<>();
    Pipelines.pairs(context.listOption("policies")).forEach((pattern, policy) -> policies.putIfAbsent(
        pattern.toLowerCase(Locale.ROOT), policy.toLowerCase(Locale.ROOT)));
    return policies;
  }

  private static void check(ActionRef ref, DocPath path, Map<String, String> policies, RuleContext context) {
    if (ref.kind() == ActionRef.Kind.LOCAL || ref.kind() == ActionRef.Kind.SELF
        || ref.kind() == ActionRef.Kind.EXPRESSION) {
      return;
    }
    if (ref.kind() == ActionRef.Kind.DOCKER) {
      String image = ref.image().orElse("");
      String policy = policy("docker://" + image, "", policies);
      boolean digest = image.contains("@sha256:");
      String last = image.substring(image.lastIndexOf('/') + 1);
      boolean tagged = last.contains(":") && !last.endsWith(":latest");
      if (policy.equals("hash-pin") && !digest || policy.equals("ref-pin") && !digest && !tagged) {
        context.report(path, "image " + image + " is not pinned " + (policy.equals("hash-pin") ? "to a digest"
            : "to a tag"), "pin it: docker://" + image.replaceAll("[:@].*$", "") + "@sha256:<digest>");
      }
      return;
    }
    String repository = ref.repository().orElse("");
    String policy = policy(repository, ref.path().orElse(""), policies);
    if (policy.equals("hash-pin") && !ref.isShaPinned()) {
      context.report(path, repository + " is pinned to '" + ref.ref().orElse("") + "', which its owner can move",
          "pin it to the full commit SHA with the version as a comment: " + repository + "@<40-hex sha> # "
          + ref.ref().orElse("vX.Y.Z"));
    }
  }

  /** The policy of the most specific matching pattern ({@code policies}: by lower-case pattern, in lower case). */
  private static String policy(String repository, String path, Map<String, String> policies) {
    for (String candidate : UsesSites.patterns(repository, path)) {
      String policy = policies.get(candidate);
      if (policy != null) {
        return policy;
      }
    }
    return "any";
  }
}
