package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code github/cache-poisoning}: a workflow that publishes (on a tag push, a release, a release branch, or a job
 * with a publishing action) does not restore a cache. GitHub Actions caches are shared across the workflows of a
 * branch, so a cache written by any workflow on the default branch, including one that ran a pull request's code
 * or a compromised dependency, ends up in the released artifact.
 */
public final class CachePoisoning implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/cache-poisoning", Profile.RECOMMENDED, Severity.WARNING,
      "Release and publishing jobs do not restore caches").withConfidence(Confidence.MEDIUM);
  private static final ActionTable CACHES = ActionTable.load("cache-actions.txt");
  private static final ActionTable PUBLISHERS = ActionTable.load("publish-actions.txt");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    String release = releaseTrigger(workflow);
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      List<Step> steps = entry.getValue().steps();
      String why = release.isEmpty() ? steps.stream().map(CachePoisoning::publisher).flatMap(Optional::stream)
          .findFirst().map(a -> "the job publishes with " + a).orElse("") : release;
      if (why.isEmpty()) {
        continue;
      }
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        if (restoresCache(step)) {
          context.report(Pipelines.step(entry.getKey(), i).key("uses"), why + ", and this step restores a cache "
              + "that other workflows of the branch can write: what they put there ends up in the release",
              "build releases without a cache (for " + step.uses().get().text().replaceAll("@.*", "")
              + ": " + disable(step) + ")");
        }
      }
    }
  }

  private static String releaseTrigger(Workflow workflow) {
    if (Pipelines.on(workflow, "release")) {
      return "the workflow runs on release";
    }
    Optional<Trigger> push = workflow.trigger("push");
    if (push.isPresent() && !push.get().tags().isEmpty() && push.get().branches().isEmpty()) {
      return "the workflow runs on tag pushes";
    }
    if (push.isPresent() && !push.get().branches().isEmpty()
        && push.get().branches().stream().allMatch(b -> b.toLowerCase(Locale.ROOT).startsWith("release"))) {
      return "the workflow runs on pushes to release branches";
    }
    return "";
  }

  private static Optional<String> publisher(Step step) {
    Optional<List<String>> row = PUBLISHERS.row(step);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    if (!row.get().isEmpty() && !"true".equals(step.with().getOrDefault(row.get().get(0), "").strip())) {
      return Optional.empty(); // docker/build-push-action without push: true builds only
    }
    return Optional.of(step.uses().get().text().replaceAll("@.*", ""));
  }

  /** Whether a step restores a cache, as the table says for its action and inputs. */
  static boolean restoresCache(Step step) {
    Optional<List<String>> row = CACHES.row(step);
    if (row.isEmpty() || row.get().size() < 2) {
      return false;
    }
    String value = step.with().getOrDefault(row.get().get(0), "").strip().toLowerCase(Locale.ROOT);
    if (value.contains("${{")) {
      return false;
    }
    boolean off = value.isEmpty() || value.equals("false");
    return switch (row.get().get(1)) {
      case "always" -> true;
      case "opt-in" -> !off;
      case "default" -> !value.equals("false");
      case "opt-out" -> !value.equals("true");
      default -> false;
    };
  }

  private static String disable(Step step) {
    List<String> row = CACHES.row(step).orElse(List.of("-", "always"));
    return switch (row.get(1)) {
      case "opt-in" -> "remove " + row.get(0) + ":";
      case "default" -> row.get(0) + ": false";
      case "opt-out" -> row.get(0) + ": true, or leave the step out";
      default -> "leave the step out";
    };
  }
}
