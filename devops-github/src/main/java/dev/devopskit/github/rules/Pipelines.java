package dev.devopskit.github.rules;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.syntax.AsciiWords;
import dev.devopskit.core.syntax.Glob;
import dev.devopskit.core.syntax.StartWordPattern;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.lang.ref.WeakReference;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** What the rules need to know about a workflow's jobs: their cost class, their order, where they are. */
final class Pipelines {
  /*
   * The command patterns, each with the words (lower case) one of which every match starts with: a pattern is tried
   * only where one of them starts.
   */
  private static final StartWordPattern DEPLOY_CMD = StartWordPattern.of(
      "(?i)(\\bkubectl\\s+(apply|rollout|set\\s+image)"
      + "|\\bhelm\\s+(upgrade|install)|\\bterraform\\s+apply|\\bfly(ctl)?\\s+deploy|\\bvercel\\s+deploy"
      + "|\\bnetlify\\s+deploy|\\becs\\s+update-service|\\bgcloud\\s+run\\s+deploy|\\bdeploy\\.sh\\b"
      + "|\\bscripts/deploy|\\bcdk\\s+deploy|\\bserverless\\s+deploy|\\bwrangler\\s+deploy)",
      "kubectl", "helm", "terraform", "fly", "vercel", "netlify", "ecs", "gcloud", "deploy.sh",
      "scripts/deploy", "cdk", "serverless", "wrangler");
  private static final StartWordPattern BUILD_CMD = StartWordPattern.of(
      "(?i)(\\bdocker\\s+(buildx\\s+)?build\\b"
      + "|\\bdocker\\s+push\\b|\\b(npm|pnpm|yarn)(\\s+run)?\\s+build\\b|\\bmvnw?\\b.*\\b(package|install|deploy)\\b"
      + "|\\bgradlew?\\b.*\\b(build|assemble|bootJar|jib)\\b|\\bcargo\\s+build\\b|\\bgo\\s+build\\b)",
      "docker", "npm", "pnpm", "yarn", "mvn", "gradle", "cargo", "go");
  private static final StartWordPattern INTEGRATION_CMD = StartWordPattern.of(
      "(?i)(test:(integration|e2e)"
      + "|\\bintegrationTest\\b|\\bmvnw?\\b.*\\bverify\\b|\\bfailsafe\\b|\\bplaywright\\s+test\\b"
      + "|\\bcypress\\s+run\\b|\\brun\\s+(e2e|test:e2e|integration)\\b)",
      "test:", "integrationtest", "mvn", "failsafe", "playwright", "cypress", "run");
  private static final StartWordPattern UNIT_CMD = StartWordPattern.of(
      "(?i)(\\b(npm|pnpm|yarn)(\\s+run)?\\s+test\\b(?!:)"
      + "|\\bnpm\\s+t\\b|\\b(jest|vitest)\\b|\\bmvnw?\\b.*\\btest\\b|\\bgradlew?\\b.*\\btest\\b|\\bpytest\\b"
      + "|\\bgo\\s+test\\b|\\bcargo\\s+test\\b)",
      "npm", "pnpm", "yarn", "jest", "vitest", "mvn", "gradle", "pytest", "go", "cargo");
  private static final StartWordPattern TYPE_CMD = StartWordPattern.of(
      "(?i)(\\btsc\\b|\\bmypy\\b|\\bpyright\\b"
      + "|\\brun\\s+(typecheck|type-check|types|check-types)\\b|\\bmvnw?\\b.*\\bcompile\\b|\\bcompileJava\\b"
      + "|\\bcargo\\s+check\\b)",
      "tsc", "mypy", "pyright", "run", "mvn", "compilejava", "cargo");
  private static final StartWordPattern LINT_CMD = StartWordPattern.of(
      "(?i)(\\beslint\\b|\\bprettier\\b|\\bbiome\\s+(check|lint|ci)\\b"
      + "|\\b(npm|pnpm|yarn)(\\s+run)?\\s+(lint|format:check|fmt:check)\\b|\\bruff\\b|\\bflake8\\b|\\bgolangci-lint\\b"
      + "|\\bcheckstyle\\b|\\bspotless(:check|Check)\\b|\\bcargo\\s+(clippy|fmt)\\b|\\bgofmt\\b|\\bblack\\s+--check\\b"
      + "|\\bshellcheck\\b|\\bmarkdownlint\\b|\\bactionlint\\b)",
      "eslint", "prettier", "biome", "npm", "pnpm", "yarn", "ruff", "flake8", "golangci-lint",
      "checkstyle", "spotless", "cargo", "gofmt", "black", "shellcheck", "markdownlint", "actionlint");

  private static final Pattern ECHO = Pattern.compile("(echo|printf)(\\s|$)");

  private Pipelines() {}

  /** The command patterns of the cost classes, deploy first (for the tests that compare them with their words). */
  static List<StartWordPattern> commandPatterns() {
    return List.of(DEPLOY_CMD, BUILD_CMD, INTEGRATION_CMD, UNIT_CMD, TYPE_CMD, LINT_CMD);
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

  /**
   * The job costs last worked out on each thread. The rules of one file run one after the other on one thread,
   * and six of them ask for the costs of the same workflow's jobs: they are worked out once. The workflow is held
   * weakly and compared by identity, so a memo never outlives its workflow nor answers for another one.
   */
  private static final ThreadLocal<CostMemo> LAST_COSTS = new ThreadLocal<>();

  private static final class CostMemo {
    final WeakReference<Workflow> workflow;
    final Map<String, CostClass> explicit;
    final Map<String, CostClass> costs;

    CostMemo(Workflow workflow, Map<String, CostClass> explicit, Map<String, CostClass> costs) {
      this.workflow = new WeakReference<>(workflow);
      this.explicit = explicit;
      this.costs = costs;
    }
  }

  /** The cost class of every job that has one, in the workflow's order (unmodifiable). */
  static Map<String, CostClass> costs(Workflow workflow, Map<String, CostClass> explicit) {
    CostMemo last = LAST_COSTS.get();
    if (last != null && last.workflow.get() == workflow && last.explicit.equals(explicit)) {
      return last.costs;
    }
    Map<String, CostClass> out = new LinkedHashMap<>();
    workflow.jobs().forEach((id, job) -> cost(id, job, explicit).ifPresent(c -> out.put(id, c)));
    Map<String, CostClass> costs = Collections.unmodifiableMap(out);
    LAST_COSTS.set(new CostMemo(workflow, new LinkedHashMap<>(explicit), costs));
    return costs;
  }

  /**
   * The cost class of a job: an explicit class, else deploy when it has an environment, else what its steps run,
   * else what its name or id says. A job that only prepares data for others (it declares outputs, such as a test
   * matrix, and runs no check) or only gates on the others' results (an all-green job) has none, whatever its name.
   */
  static Optional<CostClass> cost(String id, Job job, Map<String, CostClass> explicit) {
    if (explicit.containsKey(id)) {
      return Optional.of(explicit.get(id));
    }
    Optional<CostClass> bySteps = Optional.empty();
    for (Step step : job.steps()) {
      Optional<CostClass> c = cost(step);
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
    job.with().values().forEach(v -> text.append(v).append('\n'));
    job.strategy().ifPresent(s -> text.append(s).append('\n'));
    job.condition().ifPresent(c -> text.append(c).append('\n'));
    boolean downloads = false;
    for (Step step : job.steps()) {
      step.run().ifPresent(r -> text.append(r).append('\n'));
      step.with().values().forEach(v -> text.append(v).append('\n'));
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

  /*
   * What a line must hold for each command pattern to match it: every match of a pattern contains one of its
   * words, or both words of one of its pairs (the pattern's other alternatives need the pair: "npm run build" holds
   * build and npm; a "build" folder alone cannot make a build command). A line without them is not matched.
   */
  private static final int MAY_DEPLOY = 1;
  private static final int MAY_BUILD = 1 << 1;
  private static final int MAY_INTEGRATION = 1 << 2;
  private static final int MAY_UNIT = 1 << 3;
  private static final int MAY_TYPE = 1 << 4;
  private static final int MAY_LINT = 1 << 5;
  private static final int BUILD_WORD = 1 << 6;
  private static final int BUILD_TOOL = 1 << 7;
  private static final int TEST_WORD = 1 << 8;
  private static final int TEST_TOOL = 1 << 9;
  private static final int TYPE_WORD = 1 << 10;
  private static final int RUN_WORD = 1 << 11;
  private static final int CARGO_WORD = 1 << 12;
  private static final int CHECK_WORD = 1 << 13;
  /** {@code go} followed by the white space {@code \s} allows. */
  private static final List<String> GO = List.of("go ", "go\t", "go\n", "go\u000b", "go\f", "go\r");
  /** Every command word with its bits: one pass over a line finds them all. */
  private static final AsciiWords COMMAND_WORDS = commandWords();

  private static AsciiWords commandWords() {
    Map<String, Integer> bits = new LinkedHashMap<>();
    java.util.function.BiConsumer<Integer, List<String>> add = (bit, words) -> words.forEach(w -> bits.merge(w, bit,
        (a, b) -> a | b));
    add.accept(MAY_DEPLOY, List.of("kubectl", "helm", "terraform", "ecs", "deploy"));
    add.accept(MAY_BUILD, List.of("docker", "mvn", "gradle"));
    add.accept(BUILD_WORD, List.of("build"));
    add.accept(BUILD_TOOL, List.of("npm", "yarn", "cargo"));
    add.accept(BUILD_TOOL, GO);
    add.accept(MAY_INTEGRATION, List.of("integration", "e2e", "mvn", "failsafe", "playwright", "cypress"));
    add.accept(MAY_UNIT, List.of("npm", "jest", "vitest"));
    add.accept(TEST_WORD, List.of("test"));
    add.accept(TEST_TOOL, List.of("yarn", "mvn", "gradle", "pytest", "cargo"));
    add.accept(TEST_TOOL, GO);
    add.accept(MAY_TYPE, List.of("tsc", "mypy", "pyright", "compile"));
    add.accept(TYPE_WORD, List.of("type"));
    add.accept(RUN_WORD, List.of("run"));
    add.accept(CARGO_WORD, List.of("cargo"));
    add.accept(CHECK_WORD, List.of("check"));
    add.accept(MAY_LINT, List.of("lint", "prettier", "biome", "format", "fmt", "ruff", "flake8", "checkstyle",
        "spotless", "clippy", "black", "shellcheck"));
    return AsciiWords.of(bits);
  }

  /** The patterns a line holding these words may match. */
  private static int candidates(int words) {
    int out = words & (MAY_DEPLOY | MAY_BUILD | MAY_INTEGRATION | MAY_UNIT | MAY_TYPE | MAY_LINT);
    if ((words & BUILD_WORD) != 0 && (words & BUILD_TOOL) != 0) {
      out |= MAY_BUILD;
    }
    if ((words & TEST_WORD) != 0 && (words & TEST_TOOL) != 0) {
      out |= MAY_UNIT;
    }
    boolean runTypes = (words & TYPE_WORD) != 0 && (words & RUN_WORD) != 0;
    if (runTypes || (words & CARGO_WORD) != 0 && (words & CHECK_WORD) != 0) {
      out |= MAY_TYPE;
    }
    return out;
  }

  /**
   * Scripts already classified. Every rule that orders or gates jobs asks for the cost of the same steps, so each
   * script is classified once; the cache holds at most {@link #SCRIPT_CACHE_CHARS} characters of scripts and starts
   * over when full. It starts large enough for the scripts of a few hundred workflows, so that it is not grown
   * again and again while a repository is checked.
   */
  private static final ConcurrentHashMap<String, Optional<CostClass>> SCRIPT_COSTS = new ConcurrentHashMap<>(2048);
  private static final AtomicLong SCRIPT_CACHE_USED = new AtomicLong();
  private static final long SCRIPT_CACHE_CHARS = 4_000_000;

  /** The cost class of a script: the costliest command it runs. */
  static Optional<CostClass> costOfCommand(String script) {
    Optional<CostClass> known = SCRIPT_COSTS.get(script);
    if (known != null) {
      return known;
    }
    Optional<CostClass> cost = classify(script);
    if (script.length() <= SCRIPT_CACHE_CHARS / 8) {
      if (SCRIPT_CACHE_USED.addAndGet(script.length()) > SCRIPT_CACHE_CHARS) {
        SCRIPT_COSTS.clear();
        SCRIPT_CACHE_USED.set(script.length());
      }
      SCRIPT_COSTS.put(script, cost);
    }
    return cost;
  }

  private static Optional<CostClass> classify(String script) {
    CostClass found = null;
    int start = 0;
    int length = script.length();
    while (start <= length) {
      int end = script.indexOf('\n', start);
      end = end < 0 ? length : end;
      // Most lines hold no command word: they are skipped without being cut out of the script.
      int words = candidates(COMMAND_WORDS.find(script, start, end));
      String l = words == 0 ? "" : script.substring(start, end).strip();
      start = end + 1;
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("echo ")) {
        continue;
      }
      CostClass c = costOfLine(l, words);
      if (c != null && (found == null || c.compareTo(found) > 0)) {
        found = c;
        if (found == CostClass.DEPLOY) {
          break;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The cost class of one stripped line, or null: the first command pattern that matches, costliest first. A
   * pattern runs only when the line holds its words ({@code words}: the patterns {@link #candidates} allows).
   */
  private static CostClass costOfLine(String line, int words) {
    if ((words & MAY_DEPLOY) != 0 && DEPLOY_CMD.find(line)) {
      return CostClass.DEPLOY;
    }
    if ((words & MAY_BUILD) != 0 && BUILD_CMD.find(line)) {
      return CostClass.BUILD;
    }
    if ((words & MAY_INTEGRATION) != 0 && INTEGRATION_CMD.find(line)) {
      return CostClass.INTEGRATION_TEST;
    }
    if ((words & MAY_UNIT) != 0 && UNIT_CMD.find(line)) {
      return CostClass.UNIT_TEST;
    }
    if ((words & MAY_TYPE) != 0 && TYPE_CMD.find(line)) {
      return CostClass.TYPE_CHECK;
    }
    if ((words & MAY_LINT) != 0 && LINT_CMD.find(line)) {
      return CostClass.LINT;
    }
    return null;
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

  /** The ancestors last worked out on each thread, as {@link #LAST_COSTS}: three rules ask for them. */
  private static final ThreadLocal<AncestorMemo> LAST_ANCESTORS = new ThreadLocal<>();

  private static final class AncestorMemo {
    final WeakReference<Workflow> workflow;
    final Map<String, Set<String>> ancestors;

    AncestorMemo(Workflow workflow, Map<String, Set<String>> ancestors) {
      this.workflow = new WeakReference<>(workflow);
      this.ancestors = ancestors;
    }
  }

  /** The jobs each job needs, directly or through others (unmodifiable). */
  static Map<String, Set<String>> ancestors(Workflow workflow) {
    AncestorMemo last = LAST_ANCESTORS.get();
    if (last != null && last.workflow.get() == workflow) {
      return last.ancestors;
    }
    Map<String, Set<String>> ancestors = Collections.unmodifiableMap(workOutAncestors(workflow));
    LAST_ANCESTORS.set(new AncestorMemo(workflow, ancestors));
    return ancestors;
  }

  private static Map<String, Set<String>> workOutAncestors(Workflow workflow) {
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
    return out;
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
