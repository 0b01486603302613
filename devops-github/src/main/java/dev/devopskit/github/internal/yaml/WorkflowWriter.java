package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlWriteOptions;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Container;
import dev.devopskit.github.workflow.Cron;
import dev.devopskit.github.workflow.Defaults;
import dev.devopskit.github.workflow.JobEnvironment;
import dev.devopskit.github.workflow.Input;
import dev.devopskit.github.workflow.InputType;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Matrix;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.RunsOn;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Strategy;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import dev.devopskit.github.workflow.WorkflowOutput;
import dev.devopskit.github.workflow.WorkflowSecret;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link Workflow} as YAML: a tree with keys in the order of GitHub's documentation (a step's
 * {@code name} first and a job's {@code steps} last, as people write them), unknown keys after the known ones, then
 * the house style of {@link Yaml#write}. Version comments of pinned actions are put back after their {@code uses}.
 */
public final class WorkflowWriter {
  private static final Pattern USES_LINE = Pattern.compile("^(\\s*(?:- )?uses: )(.*)$");

  private final List<ActionRef> refs = new ArrayList<>();

  WorkflowWriter() {}

  /** The YAML text of a workflow, with an optional header comment. */
  public static String write(Workflow workflow, Optional<String> header) {
    WorkflowWriter writer = new WorkflowWriter();
    YamlMapping tree = writer.workflow(workflow);
    YamlWriteOptions options = YamlWriteOptions.defaults().withBlankLines(true);
    if (header.isPresent()) {
      options = options.withHeader(header.get());
    }
    return spaceJobs(writer.comments(Yaml.write(tree, options)));
  }

  /** Separates jobs by a blank line, as people write them: every job key after the first under {@code jobs:}. */
  private static String spaceJobs(String text) {
    StringBuilder out = new StringBuilder();
    boolean inJobs = false;
    boolean first = true;
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
        inJobs = line.equals("jobs:");
        first = true;
      } else if (inJobs && line.length() > 2 && line.startsWith("  ") && line.charAt(2) != ' '
          && line.charAt(2) != '-') {
        if (!first) {
          out.append('\n');
        }
        first = false;
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /** The YAML tree of a workflow. */
  public static YamlMapping tree(Workflow workflow) {
    return new WorkflowWriter().workflow(workflow);
  }

  /** The text with the version comments of the pinned actions written so far put back after their uses. */
  String comments(String text) {
    Map<String, Deque<String>> pending = new HashMap<>();
    for (ActionRef ref : refs) {
      ref.comment().ifPresent(c -> pending.computeIfAbsent(ref.text(), k -> new ArrayDeque<>()).add(c));
    }
    if (pending.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher matcher = USES_LINE.matcher(line);
      if (matcher.matches()) {
        String value = unquote(matcher.group(2));
        Deque<String> queue = pending.get(value);
        if (queue != null && !queue.isEmpty()) {
          line = line + " # " + queue.poll();
        }
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
      return value.substring(1, value.length() - 1).replace("''", "'");
    }
    return value;
  }

  /**
   * A value that YAML may hold as a number or boolean: plain when GitHub reads that back as the same text (the
   * reader keeps a plain number as the text GitHub makes of it, {@link YamlScalar#asText()}).
   */
  static YamlNode text(String value) {
    if (value.equals("true") || value.equals("false")) {
      return YamlScalar.bool(Boolean.parseBoolean(value));
    }
    return YamlScalar.isCanonicalNumber(value) ? YamlScalar.number(value) : YamlScalar.string(value);
  }

  private static YamlNode strings(List<String> values) {
    return YamlSequence.ofStrings(values);
  }

  private static YamlNode stringOrList(List<String> values) {
    return values.size() == 1 ? YamlScalar.string(values.get(0)) : strings(values);
  }

  static YamlNode textMap(Map<String, String> values) {
    YamlMapping.Builder map = YamlMapping.builder();
    values.forEach((k, v) -> map.put(k, text(v)));
    return map.build();
  }

  private static YamlNode stringMap(Map<String, String> values) {
    YamlMapping.Builder map = YamlMapping.builder();
    values.forEach(map::put);
    return map.build();
  }

  private static void env(YamlMapping.Builder out, String key, Map<String, String> map, Optional<String> expression) {
    if (expression.isPresent()) {
      out.put(key, expression.get());
    } else if (!map.isEmpty()) {
      out.put(key, textMap(map));
    }
  }

  static void extensions(YamlMapping.Builder out, Map<String, YamlNode> extensions) {
    extensions.forEach(out::put);
  }

  static void putText(YamlMapping.Builder out, String key, Optional<String> value) {
    value.ifPresent(v -> out.put(key, text(v)));
  }

  static void putList(YamlMapping.Builder out, String key, List<String> values) {
    if (!values.isEmpty()) {
      out.put(key, strings(values));
    }
  }

  private YamlMapping workflow(Workflow workflow) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("name", workflow.name());
    out.putStringIfPresent("run-name", workflow.runName());
    if (!workflow.on().isEmpty()) {
      out.put("on", on(workflow.on()));
    }
    workflow.permissions().ifPresent(p -> out.put("permissions", permissions(p)));
    out.putStringIfPresent("cache-mode", workflow.cacheMode());
    env(out, "env", workflow.env(), workflow.envExpression());
    workflow.defaults().ifPresent(d -> out.put("defaults", defaults(d)));
    workflow.concurrency().ifPresent(c -> out.put("concurrency", concurrency(c)));
    if (!workflow.jobs().isEmpty()) {
      YamlMapping.Builder jobs = YamlMapping.builder();
      workflow.jobs().forEach((id, job) -> jobs.put(id, job(job)));
      out.put("jobs", jobs.build());
    }
    extensions(out, workflow.extensions());
    return out.build();
  }

  private YamlNode on(List<Trigger> triggers) {
    // repository_dispatch is written as a key: its types are usually set, and linters expect the mapping form.
    boolean bare = triggers.stream().allMatch(Trigger::isBare)
        && triggers.stream().noneMatch(t -> t.event().equals("repository_dispatch"));
    if (bare && triggers.size() == 1) {
      return YamlScalar.string(triggers.get(0).event());
    }
    if (bare) {
      return strings(triggers.stream().map(Trigger::event).toList());
    }
    YamlMapping.Builder out = YamlMapping.builder();
    for (Trigger trigger : triggers) {
      out.put(trigger.event(), trigger(trigger));
    }
    return out.build();
  }

  private YamlNode trigger(Trigger trigger) {
    if (trigger.event().equals("schedule") && trigger.extensions().isEmpty()) {
      List<YamlNode> entries = new ArrayList<>();
      for (Cron cron : trigger.schedules()) {
        YamlMapping.Builder entry = YamlMapping.builder().put("cron", cron.expression());
        entry.putStringIfPresent("timezone", cron.timezone());
        extensions(entry, cron.extensions());
        entries.add(entry.build());
      }
      return YamlSequence.of(entries);
    }
    if (trigger.isBare()) {
      return YamlScalar.nullValue();
    }
    YamlMapping.Builder out = YamlMapping.builder();
    putList(out, "workflows", trigger.workflows());
    putList(out, "types", trigger.types());
    putList(out, "names", trigger.names());
    putList(out, "versions", trigger.versions());
    putList(out, "branches", trigger.branches());
    putList(out, "branches-ignore", trigger.branchesIgnore());
    putList(out, "tags", trigger.tags());
    putList(out, "tags-ignore", trigger.tagsIgnore());
    putList(out, "paths", trigger.paths());
    putList(out, "paths-ignore", trigger.pathsIgnore());
    if (!trigger.inputs().isEmpty()) {
      YamlMapping.Builder inputs = YamlMapping.builder();
      trigger.inputs().forEach((id, input) -> inputs.put(id, input(input)));
      out.put("inputs", inputs.build());
    }
    if (!trigger.outputs().isEmpty()) {
      YamlMapping.Builder outputs = YamlMapping.builder();
      trigger.outputs().forEach((id, output) -> outputs.put(id, output(output)));
      out.put("outputs", outputs.build());
    }
    if (!trigger.secrets().isEmpty()) {
      YamlMapping.Builder secrets = YamlMapping.builder();
      trigger.secrets().forEach((id, secret) -> secrets.put(id, secret(secret)));
      out.put("secrets", secrets.build());
    }
    extensions(out, trigger.extensions());
    return out.build();
  }

  private static YamlNode input(Input input) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("description", input.description());
    out.putStringIfPresent("deprecationMessage", input.deprecationMessage());
    input.required().ifPresent(r -> out.put("required", YamlScalar.bool(r)));
    input.defaultValue().ifPresent(d -> out.put("default", defaultValue(input.type(), d)));
    input.type().ifPresent(t -> out.put("type", t.text()));
    putList(out, "options", input.options());
    extensions(out, input.extensions());
    return out.build();
  }

  private static YamlNode defaultValue(Optional<InputType> type, String value) {
    if (type.isEmpty()) {
      return text(value);
    }
    switch (type.get()) {
      case BOOLEAN:
        return value.equals("true") || value.equals("false") ? YamlScalar.bool(Boolean.parseBoolean(value))
            : YamlScalar.string(value);
      case NUMBER:
        YamlScalar.Kind kind = YamlScalar.resolvePlain(value);
        return kind == YamlScalar.Kind.INTEGER || kind == YamlScalar.Kind.FLOAT ? YamlScalar.number(value)
            : YamlScalar.string(value);
      default:
        return YamlScalar.string(value);
    }
  }

  private static YamlNode output(WorkflowOutput output) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("description", output.description());
    out.put("value", output.value());
    extensions(out, output.extensions());
    return out.build();
  }

  private static YamlNode secret(WorkflowSecret secret) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("description", secret.description());
    secret.required().ifPresent(r -> out.put("required", YamlScalar.bool(r)));
    extensions(out, secret.extensions());
    YamlMapping mapping = out.build();
    return mapping.isEmpty() ? YamlScalar.nullValue() : mapping;
  }

  private static YamlNode permissions(Permissions permissions) {
    if (permissions.all().isPresent()) {
      return YamlScalar.string(permissions.all().get().text() + "-all");
    }
    YamlMapping.Builder out = YamlMapping.builder();
    permissions.scopes().forEach((scope, access) -> out.put(scope, access.text()));
    return out.build();
  }

  private static YamlNode defaults(Defaults defaults) {
    YamlMapping.Builder run = YamlMapping.builder();
    run.putStringIfPresent("shell", defaults.shell());
    run.putStringIfPresent("working-directory", defaults.workingDirectory());
    extensions(run, defaults.extensions());
    YamlMapping.Builder out = YamlMapping.builder();
    YamlMapping runMapping = run.build();
    if (!runMapping.isEmpty() || defaults.outerExtensions().isEmpty()) {
      out.put("run", runMapping);
    }
    extensions(out, defaults.outerExtensions());
    return out.build();
  }

  private static YamlNode concurrency(Concurrency concurrency) {
    if (concurrency.cancelInProgress().isEmpty() && concurrency.queue().isEmpty()
        && concurrency.extensions().isEmpty()) {
      return YamlScalar.string(concurrency.group());
    }
    YamlMapping.Builder out = YamlMapping.builder().put("group", concurrency.group());
    putText(out, "cancel-in-progress", concurrency.cancelInProgress());
    out.putStringIfPresent("queue", concurrency.queue());
    extensions(out, concurrency.extensions());
    return out.build();
  }

  private YamlMapping job(Job job) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("name", job.name());
    job.permissions().ifPresent(p -> out.put("permissions", permissions(p)));
    out.putStringIfPresent("cache-mode", job.cacheMode());
    if (!job.needs().isEmpty()) {
      out.put("needs", stringOrList(job.needs()));
    }
    putText(out, "if", job.condition());
    job.runsOn().ifPresent(r -> out.put("runs-on", runsOn(r)));
    job.snapshot().ifPresent(s -> out.put("snapshot", s));
    job.environment().ifPresent(e -> out.put("environment", environment(e)));
    job.concurrency().ifPresent(c -> out.put("concurrency", concurrency(c)));
    if (!job.outputs().isEmpty()) {
      out.put("outputs", stringMap(job.outputs()));
    }
    env(out, "env", job.env(), job.envExpression());
    job.defaults().ifPresent(d -> out.put("defaults", defaults(d)));
    putText(out, "timeout-minutes", job.timeoutMinutes());
    job.strategy().ifPresent(s -> out.put("strategy", strategy(s)));
    putText(out, "continue-on-error", job.continueOnError());
    job.container().ifPresent(c -> out.put("container", container(c, true)));
    job.servicesExpression().ifPresent(e -> out.put("services", e));
    if (!job.services().isEmpty()) {
      YamlMapping.Builder services = YamlMapping.builder();
      job.services().forEach((id, service) -> services.put(id, container(service, false)));
      out.put("services", services.build());
    }
    job.uses().ifPresent(u -> {
      refs.add(u);
      out.put("uses", u.text());
    });
    env(out, "with", job.inputs(), job.inputsExpression());
    if (job.inheritSecrets()) {
      out.put("secrets", "inherit");
    } else if (!job.secrets().isEmpty()) {
      out.put("secrets", textMap(job.secrets()));
    }
    if (!job.steps().isEmpty()) {
      out.put("steps", steps(job.steps()));
    }
    extensions(out, job.extensions());
    return out.build();
  }

  private static YamlNode runsOn(RunsOn runsOn) {
    if (runsOn.group().isEmpty() && runsOn.extensions().isEmpty()) {
      return stringOrList(runsOn.labels());
    }
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("group", runsOn.group());
    if (!runsOn.labels().isEmpty()) {
      out.put("labels", stringOrList(runsOn.labels()));
    }
    extensions(out, runsOn.extensions());
    return out.build();
  }

  private static YamlNode environment(JobEnvironment environment) {
    if (environment.url().isEmpty() && environment.deployment().isEmpty() && environment.extensions().isEmpty()) {
      return YamlScalar.string(environment.name());
    }
    YamlMapping.Builder out = YamlMapping.builder().put("name", environment.name());
    out.putStringIfPresent("url", environment.url());
    putText(out, "deployment", environment.deployment());
    extensions(out, environment.extensions());
    return out.build();
  }

  private static YamlNode strategy(Strategy strategy) {
    if (strategy.expression().isPresent()) {
      return YamlScalar.string(strategy.expression().get());
    }
    YamlMapping.Builder out = YamlMapping.builder();
    strategy.matrix().ifPresent(m -> out.put("matrix", matrix(m)));
    putText(out, "fail-fast", strategy.failFast());
    putText(out, "max-parallel", strategy.maxParallel());
    extensions(out, strategy.extensions());
    return out.build();
  }

  private static YamlNode matrix(Matrix matrix) {
    if (matrix.expression().isPresent()) {
      return YamlScalar.string(matrix.expression().get());
    }
    YamlMapping.Builder out = YamlMapping.builder();
    matrix.dimensions().forEach(out::put);
    combinations(out, "include", matrix.include(), matrix.includeExpression());
    combinations(out, "exclude", matrix.exclude(), matrix.excludeExpression());
    return out.build();
  }

  private static void combinations(YamlMapping.Builder out, String key, List<Map<String, YamlNode>> list,
      Optional<String> expression) {
    if (expression.isPresent()) {
      out.put(key, expression.get());
    } else if (!list.isEmpty()) {
      List<YamlNode> items = new ArrayList<>();
      for (Map<String, YamlNode> combination : list) {
        YamlMapping.Builder item = YamlMapping.builder();
        combination.forEach(item::put);
        items.add(item.build());
      }
      out.put(key, YamlSequence.of(items));
    }
  }

  private static YamlNode container(Container container, boolean shortForm) {
    YamlMapping.Builder out = YamlMapping.builder().put("image", container.image());
    container.credentials().ifPresent(c -> {
      YamlMapping.Builder credentials = YamlMapping.builder();
      credentials.putStringIfPresent("username", c.username());
      credentials.putStringIfPresent("password", c.password());
      extensions(credentials, c.extensions());
      out.put("credentials", credentials.build());
    });
    container.credentialsExpression().ifPresent(e -> out.put("credentials", e));
    env(out, "env", container.env(), container.envExpression());
    if (!container.ports().isEmpty()) {
      out.put("ports", YamlSequence.of(container.ports().stream().map(WorkflowWriter::text).toList()));
    }
    putList(out, "volumes", container.volumes());
    out.putStringIfPresent("options", container.options());
    out.putStringIfPresent("command", container.command());
    out.putStringIfPresent("entrypoint", container.entrypoint());
    extensions(out, container.extensions());
    YamlMapping mapping = out.build();
    return shortForm && mapping.size() == 1 ? YamlScalar.string(container.image()) : mapping;
  }

  YamlNode steps(List<Step> steps) {
    List<YamlNode> items = new ArrayList<>();
    for (Step step : steps) {
      items.add(step(step));
    }
    return YamlSequence.of(items);
  }

  private YamlNode step(Step step) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("name", step.name());
    out.putStringIfPresent("id", step.id());
    putText(out, "if", step.condition());
    step.uses().ifPresent(u -> {
      refs.add(u);
      out.put("uses", u.text());
    });
    env(out, "with", step.inputs(), step.inputsExpression());
    step.run().ifPresent(r -> out.put("run", r));
    out.putStringIfPresent("shell", step.shell());
    out.putStringIfPresent("working-directory", step.workingDirectory());
    env(out, "env", step.env(), step.envExpression());
    putText(out, "continue-on-error", step.continueOnError());
    putText(out, "timeout-minutes", step.timeoutMinutes());
    step.background().ifPresent(b -> out.put("background", YamlScalar.bool(b)));
    if (!step.await().isEmpty()) {
      out.put("wait", stringOrList(step.await()));
    }
    // wait-all takes no value: GitHub documents it as 'wait-all:' alone
    step.waitAll().ifPresent(w -> out.put("wait-all", w ? YamlScalar.nullValue() : YamlScalar.bool(false)));
    step.cancel().ifPresent(c -> out.put("cancel", c));
    if (!step.parallel().isEmpty()) {
      out.put("parallel", steps(step.parallel()));
    }
    extensions(out, step.extensions());
    return out.build();
  }
}
