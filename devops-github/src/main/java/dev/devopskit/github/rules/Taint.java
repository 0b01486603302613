package dev.devopskit.github.rules;

import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.github.expression.Expressions;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Matrix;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a workflow's values come from an outsider: the {@code github.event} fields that the author of a fork, an
 * issue or a comment writes, and everything derived from them inside the workflow (environment variables set from
 * them, step outputs a script writes from them, job outputs and matrix values built from those). Each tainted name
 * carries its provenance, the untrusted context it comes from, for the message.
 *
 * <p>Known-safe contexts ({@code github.sha}, numeric ids, booleans, {@code github.event.pull_request.number})
 * are not sources; neither are {@code inputs.*} (the caller or a maintainer chose them) nor outputs of steps whose
 * script is not seen writing an untrusted value.
 */
final class Taint {
  private static final String ANY = "(?:\\[[^\\]]*\\]|\\.\\*|\\.[0-9]+)?";
  /** The contexts an outsider writes: titles, bodies, branch names, commit messages and authors, labels, pages. */
  static final Pattern SOURCE = Pattern.compile("github\\s*\\.\\s*(?:head_ref\\b|event\\s*\\.\\s*("
      + "(?:issue|pull_request|discussion)\\.(?:title|body)\\b"
      + "|(?:issue|pull_request|discussion)\\.labels" + ANY + "\\.name\\b|label\\.name\\b"
      + "|comment\\.body\\b|review\\.body\\b|review_comment\\.body\\b"
      + "|pages" + ANY + "\\.page_name\\b"
      + "|commits" + ANY + "\\.(?:message|author\\.(?:email|name)|committer\\.(?:email|name))\\b"
      + "|head_commit\\.(?:message|author\\.(?:email|name)|committer\\.(?:email|name))\\b"
      + "|pull_request\\.head\\.(?:ref|label|repo\\.default_branch)\\b"
      + "|workflow_run\\.(?:head_branch|display_title|head_commit\\.(?:message|author\\.(?:email|name))"
      + "|pull_requests" + ANY + "\\.head\\.ref)\\b"
      + "|check_suite\\.head_branch\\b|check_run\\.check_suite\\.head_branch\\b|discussion_comment\\.comment\\.body\\b"
      + "|merge_group\\.head_commit\\.(?:message|author\\.(?:email|name))\\b))");
  private static final Pattern ENV = Pattern.compile("\\benv\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_-]*)");
  private static final Pattern STEP_OUTPUT = Pattern.compile("\\bsteps\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*\\."
      + "\\s*outputs\\b");
  private static final Pattern NEEDS_OUTPUT = Pattern.compile("\\bneeds\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*\\."
      + "\\s*outputs\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_-]*)");
  private static final Pattern MATRIX = Pattern.compile("\\bmatrix\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_-]*)");
  private static final Pattern SHELL_VAR = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern ENV_FILE = Pattern.compile("\\$\\{?(?:env:)?(GITHUB_ENV|GITHUB_PATH)\\b\\}?");
  /**
   * A line of a script that appends {@code NAME=value} to the file named by {@code GITHUB_ENV} or
   * {@code GITHUB_OUTPUT} ({@code NAME=value >> "$GITHUB_ENV"}): the first name of a line (a name starts where no name character stands
   * before it, so a long run of name characters is not tried from each of its positions) and its value.
   */
  private static final Pattern WRITE = Pattern.compile("(?<![A-Za-z0-9_-])([A-Za-z_][A-Za-z0-9_-]*+)=([^\\n]*)>>"
      + "\\s*\"?\\$\\{?(?:env:)?(GITHUB_ENV|GITHUB_OUTPUT)\\b[^\\n]*");

  /** What is tainted where a step runs: its environment, earlier steps' outputs, needed jobs' outputs, matrix. */
  static final class Scope {
    final Map<String, String> env = new HashMap<>();
    final Map<String, String> steps = new HashMap<>();
    final Map<String, Map<String, String>> needs;
    final Map<String, String> matrix = new HashMap<>();
    final Map<String, String> jobEnv = new HashMap<>();

    Scope(Map<String, Map<String, String>> needs) {
      this.needs = needs;
    }

    /** The first untrusted source an expression (its inner text) reads, with its provenance; empty if none. */
    Optional<String> source(String expression) {
      Matcher direct = SOURCE.matcher(expression);
      if (direct.find()) {
        return Optional.of(direct.group().replaceAll("\\s+", ""));
      }
      if (expression.contains("env")) {
        Optional<String> found = lookup(ENV.matcher(expression), env, "env.");
        if (found.isPresent()) {
          return found;
        }
      }
      if (expression.contains("steps")) {
        Matcher m = STEP_OUTPUT.matcher(expression);
        while (m.find()) {
          String from = steps.get(m.group(1));
          if (from != null) {
            return Optional.of("steps." + m.group(1) + ".outputs (written from " + from + ")");
          }
        }
      }
      if (expression.contains("needs")) {
        Matcher m = NEEDS_OUTPUT.matcher(expression);
        while (m.find()) {
          String from = needs.getOrDefault(m.group(1), Map.of()).get(m.group(2));
          if (from != null) {
            return Optional.of(m.group().replaceAll("\\s+", "") + " (from " + from + ")");
          }
        }
      }
      if (!expression.contains("matrix") || matrix.isEmpty()) {
        return Optional.empty();
      }
      Matcher m = MATRIX.matcher(expression);
      while (m.find()) {
        String from = matrix.getOrDefault(m.group(1), matrix.get("*"));
        if (from != null) {
          return Optional.of("matrix." + m.group(1) + " (built from " + from + ")");
        }
      }
      return Optional.empty();
    }

    /** The first untrusted source in any expression embedded in a text. */
    Optional<String> sourceIn(String text) {
      if (!text.contains("${{")) {
        return Optional.empty();
      }
      for (String expression : Expressions.embedded(text)) {
        Optional<String> found = source(expression);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }

    /** The first tainted environment variable a script reads as {@code $NAME}, with its provenance. */
    Optional<String> shellSource(String text) {
      if (env.isEmpty() || text.indexOf('$') < 0) {
        return Optional.empty();
      }
      Matcher m = SHELL_VAR.matcher(text);
      while (m.find()) {
        String from = env.get(m.group(1));
        if (from != null) {
          return Optional.of("$" + m.group(1) + " (" + from + ")");
        }
      }
      return Optional.empty();
    }

    /**
     * The first line of a script that writes an untrusted value to {@code GITHUB_ENV} or {@code GITHUB_PATH}, as
     * {@code FILE from SOURCE}; empty if none.
     */
    Optional<String> untrustedWrite(String run) {
      if (!run.contains("GITHUB_ENV") && !run.contains("GITHUB_PATH")) {
        return Optional.empty();
      }
      for (String line : run.split("\n")) {
        Matcher file = ENV_FILE.matcher(line);
        if (!file.find()) {
          continue;
        }
        String value = line.substring(0, file.start()) + line.substring(file.end());
        Optional<String> from = sourceIn(value).or(() -> shellSource(value));
        if (from.isPresent()) {
          return Optional.of(file.group(1) + " from " + from.get());
        }
      }
      return Optional.empty();
    }

    private static Optional<String> lookup(Matcher m, Map<String, String> names, String prefix) {
      while (m.find()) {
        String from = names.get(m.group(1));
        if (from != null) {
          return Optional.of(prefix + m.group(1) + (from.startsWith(prefix) ? "" : " (set from " + from + ")"));
        }
      }
      return Optional.empty();
    }
  }

  /** Visits each step of a workflow with what is tainted where it runs. */
  interface Visitor {
    void step(String job, int index, Step step, Scope scope);
  }

  private Taint() {}

  /**
   * Walks every job's steps in order, tracking what is tainted: workflow, job and step {@code env} set from a
   * source, values a script appends to {@code GITHUB_ENV} and {@code GITHUB_OUTPUT} from a source, outputs of
   * needed jobs and matrix values from {@code fromJSON} of a source.
   */
  static void walk(Workflow workflow, Visitor visitor) {
    Map<String, Map<String, String>> jobOutputs = new HashMap<>();
    Scope top = new Scope(jobOutputs);
    putAll(top, top.jobEnv, workflow.env());
    for (int pass = 0; pass < 2; pass++) { // a job may need one declared after it
      boolean visit = pass == 1;
      for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
        Job job = entry.getValue();
        Scope scope = new Scope(jobOutputs);
        scope.jobEnv.putAll(top.jobEnv);
        matrix(job, scope);
        putAll(scope, scope.jobEnv, job.env());
        scope.env.putAll(scope.jobEnv);
        List<Step> steps = job.steps();
        for (int i = 0; i < steps.size(); i++) {
          Step step = steps.get(i);
          putAll(scope, scope.env, step.env());
          if (visit) {
            visitor.step(entry.getKey(), i, step, scope);
          }
          step.run().ifPresent(run -> writes(run, step, scope));
          scope.env.clear(); // the step's own env: ends with it; GITHUB_ENV writes last for the job
          scope.env.putAll(scope.jobEnv);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, String> output : job.outputs().entrySet()) {
          scope.sourceIn(output.getValue()).ifPresent(from -> outputs.put(output.getKey(), from));
        }
        if (!outputs.isEmpty()) {
          jobOutputs.put(entry.getKey(), outputs);
        }
      }
    }
  }

  /** The taint of one step on its own (a composite action's): what its env derives from untrusted values. */
  static Scope ofStep(Step step) {
    Scope scope = new Scope(Map.of());
    putAll(scope, scope.env, step.env());
    return scope;
  }

  /** Sets variables as a later env: block does: a tainted value taints the name, any other value clears it. */
  private static void putAll(Scope scope, Map<String, String> into, Map<String, String> values) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      Optional<String> from = scope.sourceIn(e.getValue());
      if (from.isPresent()) {
        into.put(e.getKey(), from.get());
      } else {
        into.remove(e.getKey());
      }
    }
  }

  private static void matrix(Job job, Scope scope) {
    if (job.strategy().isEmpty()) {
      return;
    }
    Optional<String> whole = job.strategy().get().expression().flatMap(scope::sourceIn);
    Optional<Matrix> matrix = job.strategy().get().matrix();
    if (whole.isEmpty() && matrix.isPresent()) {
      whole = matrix.get().expression().or(() -> matrix.get().includeExpression()).flatMap(scope::sourceIn);
    }
    if (whole.isPresent()) {
      scope.matrix.put("*", whole.get());
    }
    if (matrix.isEmpty()) {
      return;
    }
    // a dimension written as one fromJSON expression: its values come from there
    for (Map.Entry<String, YamlNode> dimension : matrix.get().dimensions().entrySet()) {
      dimension.getValue().text().flatMap(scope::sourceIn).ifPresent(from -> scope.matrix.put(dimension.getKey(), from));
    }
  }

  /** Records the names a script writes to GITHUB_ENV and GITHUB_OUTPUT from an untrusted value. */
  private static void writes(String run, Step step, Scope scope) {
    if (!run.contains("GITHUB_ENV") && !run.contains("GITHUB_OUTPUT")) {
      return;
    }
    Matcher m = WRITE.matcher(run);
    while (m.find()) {
      String value = m.group(2);
      Optional<String> from = scope.sourceIn(value).or(() -> scope.shellSource(value));
      if (m.group(3).equals("GITHUB_ENV")) {
        if (from.isPresent()) {
          scope.jobEnv.put(m.group(1), from.get());
        } else {
          scope.jobEnv.remove(m.group(1));
        }
      } else if (from.isPresent() && step.id().isPresent()) {
        scope.steps.put(step.id().get(), from.get());
      }
    }
  }
}
