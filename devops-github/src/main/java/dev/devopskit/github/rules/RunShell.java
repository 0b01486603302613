package dev.devopskit.github.rules;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Defaults;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.Locale;
import java.util.Optional;

/**
 * The shell a {@code run:} step is given and where it is written: on the step, in its job's
 * {@code defaults.run.shell} or in the workflow's. Empty when none is written (the runner's default then).
 */
record RunShell(DocPath path, String shell) {

  /** The shell of a step, looked up as GitHub does: the step, then its job's defaults, then the workflow's. */
  static Optional<RunShell> of(Workflow workflow, String jobId, Job job, Step step, DocPath stepPath) {
    if (step.shell().isPresent()) {
      return Optional.of(new RunShell(stepPath.key("shell"), step.shell().get()));
    }
    Optional<String> jobShell = job.defaults().flatMap(Defaults::shell);
    if (jobShell.isPresent()) {
      return Optional.of(new RunShell(Pipelines.job(jobId).key("defaults").key("run").key("shell"), jobShell.get()));
    }
    return workflow.defaults().flatMap(Defaults::shell)
        .map(s -> new RunShell(DocPath.of("defaults", "run", "shell"), s));
  }

  /** The shell of a step wherever it is: looked up through its job in a workflow, its own in a composite action. */
  static Optional<RunShell> of(Step step, StepScope scope) {
    Optional<Workflow> workflow = scope.workflow();
    Optional<Job> job = workflow.flatMap(w -> scope.jobId().map(id -> w.jobs().get(id)));
    if (workflow.isPresent() && job.isPresent()) {
      return of(workflow.get(), scope.jobId().get(), job.get(), step, scope.path());
    }
    return step.shell().map(s -> new RunShell(scope.path().key("shell"), s));
  }

  /** The program of the shell in lower case without folder: {@code cmd} for {@code C:\x\CMD.EXE /c {0}}. */
  String program() {
    String first = shell.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    String name = first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
    return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
  }
}
