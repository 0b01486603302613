package dev.devopskit.github.rules;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Map;

/** The {@code if:} conditions of a workflow's jobs and steps, each with its path, for the rules that read them. */
final class Conditions {
  /** Receives one condition as written and the path of its {@code if} key. */
  interface Visitor {
    void condition(String text, DocPath path, String job);
  }

  private Conditions() {}

  /** Visits every job's condition, then its steps' conditions, in document order. */
  static void each(Workflow workflow, Visitor visitor) {
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      job.condition().ifPresent(c -> visitor.condition(c, Pipelines.job(entry.getKey()).key("if"), entry.getKey()));
      List<Step> steps = job.steps();
      for (int i = 0; i < steps.size(); i++) {
        int index = i;
        steps.get(i).condition().ifPresent(c -> visitor.condition(c,
            Pipelines.step(entry.getKey(), index).key("if"), entry.getKey()));
      }
    }
  }
}
