package dev.devopskit.github.rules;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Every {@code uses:} of a workflow (jobs that call reusable workflows, then their steps), with its path. */
final class UsesSites {
  private UsesSites() {}

  /** Calls {@code action} with each reference and the path of its {@code uses} key, in document order. */
  static void forEach(Workflow workflow, BiConsumer<ActionRef, DocPath> action) {
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      job.uses().ifPresent(ref -> action.accept(ref, Pipelines.job(entry.getKey()).key("uses")));
      List<Step> steps = job.steps();
      for (int i = 0; i < steps.size(); i++) {
        Optional<ActionRef> uses = steps.get(i).uses();
        if (uses.isPresent()) {
          action.accept(uses.get(), Pipelines.step(entry.getKey(), i).key("uses"));
        }
      }
    }
  }

  /**
   * The patterns that match an action, most specific first and in lower case: {@code owner/repo/path},
   * {@code owner/repo}, {@code owner/*}, {@code *} (a {@code docker://image} reference is its own repository).
   */
  static List<String> patterns(String repository, String path) {
    String repo = repository.toLowerCase(Locale.ROOT);
    String full = path.isEmpty() ? repo : repo + "/" + path.toLowerCase(Locale.ROOT);
    String owner = repo.contains("/") ? repo.substring(0, repo.indexOf('/')) : repo;
    return full.equals(repo) ? List.of(repo, owner + "/*", "*") : List.of(full, repo, owner + "/*", "*");
  }
}
