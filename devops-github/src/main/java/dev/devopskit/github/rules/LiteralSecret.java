package dev.devopskit.github.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.rules.LiteralSecretRule;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.github.internal.yaml.WorkflowWriter;
import dev.devopskit.github.workflow.Workflow;

/**
 * {@code github/literal-secret}: the secret scanner over every string of a workflow; a secret is referenced as
 * {@code ${{ secrets.NAME }}}, never written.
 */
public final class LiteralSecret implements Rule<Workflow> {
  private static final LiteralSecretRule<Workflow> SCANNER = LiteralSecretRule.of("github/literal-secret",
      "No literal secrets in workflows", workflow -> YamlStrings.of(WorkflowWriter.tree(workflow)),
      "${{ secrets.NAME }} and a repository or environment secret");
  /** The rule's description. */
  public static final RuleInfo INFO = SCANNER.info();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    SCANNER.check(workflow, context);
  }
}
