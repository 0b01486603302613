package dev.devopskit.github.rules;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.syntax.Glob;
import dev.devopskit.core.syntax.StartWordPattern;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** What the rules need to know about a workflow's jobs: their cost class, their order, where they are. */
final class Pipelines {
  private static final Pattern ECHO = Pattern.compile("(echo|printf)(\\s|$)");

  private Pipelines() {}

  /** The command patterns of the cost classes, deploy first (for the tests that compare them with their words). */
  static List<StartWordPattern> commandPatterns() {
    return java.util.Arrays.stream(Commands.values()).map(Commands::pattern).toList();
  }

  /** The path of a job. */
  static DocPath job(String id) {
    return DocPath.of("jobs", id);
  }

  /** The path of a step of a job. */
  static DocPath step(String job, int index) {
    return DocPath.of("jobs", job, "steps").index(index);
  }

  /** Parses {@code key=value} option items. */
  static Map<String, String> pairs(List<String> items) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String item : items) {
      int eq = item.indexOf('=');
      if (eq > 0) {
        out.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
      }
    }
    return out;
  }

  /** Explicit cost classes from a rule option such as {@code [e2e=integration-test]}. */
  static Map<String, CostClass> explicitCosts(List<String> items) {
    Map<String, CostClass> out = new LinkedHashMap<>();
    pairs(items).forEach((job, label) -> CostClass.parse(label).ifPresent(c -> out.put(job, c)));
    return out;
  }

  /** The cost class of every job that has one, in the workflow's order (unmodifiable). */
  static Map<String, CostClass> costs(Workflow workflow, Map<String, CostClass> explicit) {
    return costs(workflow, explicit, Pipelines::cost);
  }

  /** {@link #costs(Workflow, Map)} with the cost of each step given by {@code stepCost}. */
  static Map<String, CostClass> costs(Workflow workflow, Map<String, CostClass> explicit,
      Function<Step, Optional<CostClass>> stepCost) {
    Map<String, CostClass> out = new LinkedHashMap<>();
    workflow.jobs().forEach((id, job) -> cost(id, job, explicit, stepCost).ifPresent(c -> out.put(id, c)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The cost class of a job: an explicit class, else deploy when it has an environment, else what its steps run,
   * else what its name or id says. A job that only prepares data for others (it declares outputs, such as a test
   * matrix, and runs no check) or only gates on the others' results (an all-green job) has none, whatever its name.
   */
  static Optional<CostClass> cost(String id, Job job, Map<String, CostClass> explicit,
      Function<Step, Optional<CostClass>> stepCost) {
    if (explicit.containsKey(id)) {
      return Optional.of(explicit.get(id));
    }
    Optional<CostClass> bySteps = Optional.empty();
    for (Step step : job.steps()) {
      Optional<CostClass> c = stepCost.apply(step);
      if (c.isPresent() && (bySteps.isEmpty() || c.get().compareTo(bySteps.get()) > 0)) {
        bySteps = c;
      }
    }
    if (job.environment().isPresent()) {
      // An environment usually means a deploy; a job that only reads an environment's secrets (a backup check,
      // a publish of credentials-guarded data) has no URL, runs no deploy command and is not named like one.
      boolean secretsOnly = job.environment().get().url().isEmpty() && !job.steps().isEmpty()
          && bySteps.filter(c -> c == CostClass.DEPLOY).isEmpty()
          && costOfName(id + " " + job.name().orElse("")).filter(c -> c == CostClass.DEPLOY).isEmpty();
      if (!secretsOnly) {
        return Optional.of(CostClass.DEPLOY);
      }
    }
    if (bySteps.isPresent()) {
      return bySteps;
    }
    if (!job.outputs().isEmpty() || gate(job)) {
      return Optional.empty();
    }
    return costOfName(id + " " + job.name().orElse(""));
  }

  /**
   * Whether a job only turns the results of the jobs it needs into one status (an all-green gate for branch
   * protection): every step echoes, reads {@code needs.*.result} or uses an all-green action.
   */
  static boolean gate(Job job) {
    if (job.needs().isEmpty() || job.steps().isEmpty()) {
      return false;
    }
    for (Step step : job.steps()) {
      String script = step.run().orElse("");
      boolean results = step.run().isPresent() && (script.contains("needs.") || echoes(script));
      boolean action = step.uses().flatMap(ActionRef::repository).map(r -> r.toLowerCase(Locale.ROOT))
          .filter(r -> r.contains("alls-green") || r.contains("all-green")).isPresent();
      if (!results && !action) {
        return false;
      }
    }
    return true;
  }

  /** Whether every line of a script is blank, a comment, or an echo or printf (to the log or a step output). */
  static boolean echoes(String script) {
    for (String line : script.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#") && !ECHO.matcher(l).lookingAt()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a job uses what a job it needs produced: that job's outputs ({@code needs.<id>.outputs}) or an artifact
   * it uploaded. Such a wait is a data dependency, not an ordering choice.
   */
  static boolean consumes(Job job, String neededId, Job needed) {
    StringBuilder text = new StringBuilder();
    job.env().values().forEach(v -> text.append(v).append('\n'));
    job.inputs().values().forEach(v -> text.append(v).append('\n'));
    job.strategy().ifPresent(s -> text.append(s).append('\n'));
    job.condition().ifPresent(c -> text.append(c).append('\n'));
    boolean downloads = false;
    for (Step step : job.steps()) {
      step.run().ifPresent(r -> text.append(r).append('\n'));
      step.inputs().values().forEach(v -> text.append(v).append('\n'));
      step.env().values().forEach(v -> text.append(v).append('\n'));
      downloads |= usesAction(step, "actions/download-artifact");
    }
    if (text.indexOf("needs." + neededId + ".outputs") >= 0) {
      return true;
    }
    return downloads && needed.steps().stream().anyMatch(s -> usesAction(s, "actions/upload-artifact"));
  }

  /** The cost class of a step from the action it uses or the commands it runs. */
  static Optional<CostClass> cost(Step step) {
    if (step.run().isPresent()) {
      return costOfCommand(step.run().get());
    }
    Optional<String> repo = step.uses().flatMap(ActionRef::repository).map(r -> r.toLowerCase(Locale.ROOT));
    if (repo.isEmpty()) {
      return Optional.empty();
    }
    String r = repo.get();
    if (r.equals("docker/build-push-action")) {
      return Optional.of(CostClass.BUILD);
    }
    if (r.equals("actions/deploy-pages") || r.contains("deploy")) {
      return Optional.of(CostClass.DEPLOY);
    }
    return Optional.empty();
  }

  /** The cost class of a script: the costliest command it runs. */
  static Optional<CostClass> costOfCommand(String script) {
    CostClass found = null;
    int start = 0;
    int length = script.length();
    while (start <= length) {
      int end = script.indexOf('\n', start);
      end = end < 0 ? length : end;
      // Most lines hold no command word: they are skipped without being cut out of the script.
      int words = Commands.candidates(script, start, end);
      String l = words == 0 ? "" : script.substring(start, end).strip();
      start = end + 1;
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("echo ")) {
        continue;
      }
      CostClass c = Commands.costOfLine(l, words);
      if (c != null && (found == null || c.compareTo(found) > 0)) {
        found = c;
        if (found == CostClass.DEPLOY) {
          break;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** The cost class a job's id or name speaks of: the costliest word. */
  static Optional<CostClass> costOfName(String text) {
    Optional<CostClass> found = Optional.empty();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      // The words are the runs of [a-z0-9].
      if (!wordChar(lower.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < lower.length() && wordChar(lower.charAt(end))) {
        end++;
      }
      Optional<CostClass> c = costOfWord(lower.substring(i, end));
      if (c.isPresent() && (found.isEmpty() || c.get().compareTo(found.get()) > 0)) {
        found = c;
      }
      i = end;
    }
    return found;
  }

  private static boolean wordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  private static Optional<CostClass> costOfWord(String word) {
    switch (word) {
      case "lint": case "linter": case "linters": case "linting": case "eslint": case "format": case "fmt":
      case "prettier": case "style": case "checkstyle": case "spotless": case "clippy":
        return Optional.of(CostClass.LINT);
      case "typecheck": case "typecheckers": case "types": case "tsc": case "mypy": case "pyright":
        return Optional.of(CostClass.TYPE_CHECK);
      case "test": case "tests": case "unit": case "spec": case "specs": case "jest": case "vitest":
        return Optional.of(CostClass.UNIT_TEST);
      case "integration": case "e2e": case "acceptance":
        return Optional.of(CostClass.INTEGRATION_TEST);
      case "build": case "package": case "image": case "docker": case "bundle":
        return Optional.of(CostClass.BUILD);
      case "deploy": case "deployment": case "promote": case "rollout":
        return Optional.of(CostClass.DEPLOY);
      default:
        return Optional.empty();
    }
  }

  /** The jobs each job needs, directly or through others (unmodifiable). */
  static Map<String, Set<String>> ancestors(Workflow workflow) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String id : workflow.jobs().keySet()) {
      Set<String> seen = new LinkedHashSet<>();
      Deque<String> todo = new ArrayDeque<>(workflow.jobs().get(id).needs());
      while (!todo.isEmpty()) {
        String next = todo.pop();
        if (seen.add(next) && workflow.jobs().containsKey(next)) {
          todo.addAll(workflow.jobs().get(next).needs());
        }
      }
      seen.remove(id);
      out.put(id, Collections.unmodifiableSet(seen));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Whether a step uses an action of this repository ({@code actions/checkout}), at any ref. */
  static boolean usesAction(Step step, String repository) {
    if (step.uses().isEmpty()) {
      return false;
    }
    ActionRef ref = step.uses().get();
    // The repository is the start of the reference's text: most steps are told apart without working it out.
    if (!ref.text().regionMatches(true, 0, repository, 0, repository.length())) {
      return false;
    }
    Optional<String> actual = ref.repository();
    return actual.isPresent() && actual.get().equalsIgnoreCase(repository) && ref.path().isEmpty();
  }

  /** Whether the workflow runs on an event. */
  static boolean on(Workflow workflow, String event) {
    return workflow.trigger(event).isPresent();
  }

  /** Whether the push trigger (if any) covers the branch: no branch filter, or a pattern that matches it. */
  static boolean pushCovers(Workflow workflow, String branch) {
    Optional<Trigger> push = workflow.trigger("push");
    if (push.isEmpty()) {
      return false;
    }
    Trigger t = push.get();
    if (!t.branchesIgnore().isEmpty()) {
      return t.branchesIgnore().stream().noneMatch(p -> Glob.github(p).matches(branch));
    }
    if (t.branches().isEmpty()) {
      return t.tags().isEmpty();
    }
    return Glob.selects(Glob.Dialect.GITHUB_FILTER, t.branches(), branch);
  }

  /** The job's condition, without {@code ${{ }}}, or empty text. */
  static String condition(Job job) {
    String c = job.condition().orElse("").strip();
    if (c.startsWith("${{") && c.endsWith("}}")) {
      c = c.substring(3, c.length() - 2).strip();
    }
    return c;
  }
}
