package dev.devopskit.github.rules;

import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.github.internal.yaml.WorkflowStringSites;
import dev.devopskit.github.internal.yaml.WorkflowWriter;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;

/**
 * Every string of a workflow with its path, as the secret rules read them: the strings of the workflow's written
 * tree, collected from the model directly ({@link WorkflowStringSites}). Several rules read them: through
 * {@link #of(Workflow, RuleContext)} they are collected once per checked file ({@link WorkflowFacts}).
 */
final class WorkflowStrings {
  private WorkflowStrings() {}

  /** The strings of the workflow's tree, in document order. */
  static List<StringSite> of(Workflow workflow) {
    return List.copyOf(WorkflowStringSites.of(workflow)
        .orElseGet(() -> YamlStrings.of(WorkflowWriter.tree(workflow))));
  }

  /** The strings of the workflow a rule checks, collected once for all the rules of its file. */
  static List<StringSite> of(Workflow workflow, RuleContext context) {
    return WorkflowFacts.of(workflow, context).strings();
  }
}
