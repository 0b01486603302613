package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Workflow;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code github/forbidden-uses}: actions and reusable workflows come only from the sources the team allows. With
 * an {@code allow} list, a {@code uses:} that matches none of its patterns is reported; with a {@code deny} list, one
 * that matches it. Patterns are {@code owner/repo/path}, {@code owner/repo}, {@code owner/*} and {@code *}. Both
 * lists are empty by default, so the rule reports nothing until a policy sets one.
 */
public final class ForbiddenUses implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/forbidden-uses")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.ERROR)
      .summary("Actions come only from the sources the policy allows")
      .addOptions(new RuleOption("allow", "the only actions allowed, as patterns (owner/repo, owner/*); empty allows "
          + "all", "[]"), new RuleOption("deny", "actions never allowed, as patterns (owner/repo, owner/*)", "[]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    Set<String> allow = lower(context.listOption("allow"));
    Set<String> deny = lower(context.listOption("deny"));
    if (allow.isEmpty() && deny.isEmpty()) {
      return;
    }
    UsesSites.forEach(workflow, (ref, path) -> {
      if (ref.kind() != ActionRef.Kind.REPOSITORY && ref.kind() != ActionRef.Kind.DOCKER) {
        return;
      }
      String name = ref.kind() == ActionRef.Kind.DOCKER ? "docker://" + ref.image().orElse("").replaceAll("[:@].*$", "")
          : ref.repository().orElse("");
      List<String> patterns = UsesSites.patterns(name, ref.path().orElse(""));
      if (patterns.stream().anyMatch(deny::contains)) {
        context.report(path, name + " is on the policy's deny list", "replace it with an allowed action, or "
            + "do the step in a run: script");
      } else if (!allow.isEmpty() && patterns.stream().noneMatch(allow::contains)) {
        context.report(path, name + " is not on the policy's allow list", "use an allowed action, or add "
            + name + " to the allow option of github/forbidden-uses after review");
      }
    });
  }

  private static Set<String> lower(List<String> patterns) {
    Set<String> out = new HashSet<>();
    for (String pattern : patterns) {
      out.add(pattern.strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
