package dev.devopskit.github.rules;

import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.github.internal.yaml.WorkflowStringSites;
import dev.devopskit.github.internal.yaml.WorkflowWriter;
import dev.devopskit.github.workflow.Workflow;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * Every string of a workflow with its path, as the secret rules read them: the strings of the workflow's written
 * tree, collected from the model directly ({@link WorkflowStringSites}). Several rules ask for the strings of the
 * same workflow one after the other on one thread, so the last workflow's strings are kept per thread (the
 * workflow itself only weakly) and built once.
 */
final class WorkflowStrings {
  private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

  private record Last(WeakReference<Workflow> workflow, List<StringSite> sites) {}

  private WorkflowStrings() {}

  /** The strings of the workflow's tree, in document order. */
  static List<StringSite> of(Workflow workflow) {
    Last last = LAST.get();
    if (last != null && last.workflow().get() == workflow) {
      return last.sites();
    }
    List<StringSite> sites = List.copyOf(WorkflowStringSites.of(workflow)
        .orElseGet(() -> YamlStrings.of(WorkflowWriter.tree(workflow))));
    LAST.set(new Last(new WeakReference<>(workflow), sites));
    return sites;
  }
}
