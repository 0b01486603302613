package dev.devopskit.github.rules;

import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What several rules work out about one workflow, worked out once per checked file: the strings of its tree, the
 * cost class of its steps and jobs, and the jobs each job needs. It is kept in the file's
 * {@link RuleContext#facts(Class, java.util.function.Supplier)}, so it lives as long as the check of that file and
 * the rules stay functions of their workflow and options.
 */
final class WorkflowFacts {
  private final Workflow workflow;
  private List<StringSite> strings;
  private Map<String, Set<String>> ancestors;
  /** Job costs per explicit-cost option: the rules that read it usually share one value. */
  private final Map<Map<String, CostClass>, Map<String, CostClass>> costs = new HashMap<>();
  /** Scripts already classified: several rules ask for the cost of the same steps. */
  private final Map<String, Optional<CostClass>> scriptCosts = new HashMap<>();

  private WorkflowFacts(Workflow workflow) {
    this.workflow = workflow;
  }

  /** The facts of the workflow a rule checks, shared with the other rules of its file. */
  static WorkflowFacts of(Workflow workflow, RuleContext context) {
    WorkflowFacts facts = context.facts(WorkflowFacts.class, () -> new WorkflowFacts(workflow));
    // A context checks one value; should a caller hand it another, its facts are not that value's.
    return facts.workflow == workflow ? facts : new WorkflowFacts(workflow);
  }

  /** The strings of the workflow's tree, in document order. */
  List<StringSite> strings() {
    if (strings == null) {
      strings = WorkflowStrings.of(workflow);
    }
    return strings;
  }

  /** The jobs each job needs, directly or through others (unmodifiable). */
  Map<String, Set<String>> ancestors() {
    if (ancestors == null) {
      ancestors = Pipelines.ancestors(workflow);
    }
    return ancestors;
  }

  /** The cost class of every job that has one, in the workflow's order (unmodifiable). */
  Map<String, CostClass> costs(Map<String, CostClass> explicit) {
    Map<String, CostClass> known = costs.get(explicit);
    if (known == null) {
      known = Pipelines.costs(workflow, explicit, this::cost);
      costs.put(Map.copyOf(explicit), known);
    }
    return known;
  }

  /** The cost class of a step, as {@link Pipelines#cost(Step)} gives it, each script classified once. */
  Optional<CostClass> cost(Step step) {
    if (step.run().isEmpty()) {
      return Pipelines.cost(step);
    }
    String script = step.run().get();
    Optional<CostClass> known = scriptCosts.get(script);
    if (known == null) {
      known = Pipelines.costOfCommand(script);
      scriptCosts.put(script, known);
    }
    return known;
  }
}
