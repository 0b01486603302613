package dev.devopskit.github.rules;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * The places of a workflow whose text runs as code: each step's {@code run:} script, and the inputs of the actions
 * listed in {@code code-inputs.txt} that run as code ({@code actions/github-script}'s {@code script}, ...).
 */
final class CodeSinks {
  /** The actions whose inputs run as code, with those inputs (comma-separated columns). */
  private static final ActionTable CODE_INPUTS = ActionTable.load("code-inputs.txt");

  /** Receives one piece of code, its path and what is tainted where it runs. */
  interface Visitor {
    void code(String text, DocPath path, Taint.Scope scope);
  }

  private CodeSinks() {}

  /** Visits every piece of code in the workflow, in order, with the taint of its step. */
  static void each(Workflow workflow, Visitor visitor) {
    Taint.walk(workflow, (job, index, step, scope) -> code(step, Pipelines.step(job, index), scope, visitor));
  }

  /** Visits the code of one step outside a workflow (a composite action's), with what its own env derives. */
  static void each(Step step, DocPath at, Visitor visitor) {
    code(step, at, Taint.ofStep(step), visitor);
  }

  private static void code(Step step, DocPath at, Taint.Scope scope, Visitor visitor) {
    if (step.run().isPresent()) {
      visitor.code(step.run().get(), at.key("run"), scope);
      return;
    }
    for (String input : codeInputs(step)) {
      visitor.code(step.with().get(input), at.key("with").key(input), scope);
    }
  }

  /** The inputs of a step's action that run as code and are set. */
  static List<String> codeInputs(Step step) {
    if (step.with().isEmpty()) {
      return List.of();
    }
    List<String> inputs = CODE_INPUTS.row(step).map(r -> List.of(String.join("", r).split(","))).orElse(List.of());
    List<String> set = new ArrayList<>();
    for (String key : step.with().keySet()) {
      if (inputs.stream().anyMatch(key::equalsIgnoreCase)) {
        set.add(key);
      }
    }
    return set;
  }
}
