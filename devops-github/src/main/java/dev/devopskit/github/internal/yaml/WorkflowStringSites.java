package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.Container;
import dev.devopskit.github.workflow.Credentials;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The strings of a workflow as {@code YamlStrings.of(WorkflowWriter.tree(workflow))} lists them (same paths, keys,
 * values and order), collected from the model without building the tree. It follows {@link WorkflowWriter} entry
 * by entry: what the writer writes as a string or an integer is a string here; booleans, other numbers and nulls
 * are not. When an extension key is one of the keys the writer sets in the same mapping, the tree's rule (a later
 * entry replaces the value in place) decides, and this gives up so that the caller builds the tree.
 */
public final class WorkflowStringSites {
  private static final Set<String> WORKFLOW_KEYS = Set.of("name", "run-name", "on", "permissions", "cache-mode",
      "env", "defaults", "concurrency", "jobs");
  private static final Set<String> TRIGGER_KEYS = Set.of("workflows", "types", "names", "versions", "branches",
      "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore", "inputs", "outputs", "secrets");
  private static final Set<String> CRON_KEYS = Set.of("cron", "timezone");
  private static final Set<String> INPUT_KEYS = Set.of("description", "deprecationMessage", "required", "default",
      "type", "options");
  private static final Set<String> OUTPUT_KEYS = Set.of("description", "value");
  private static final Set<String> SECRET_KEYS = Set.of("description", "required");
  private static final Set<String> RUN_DEFAULT_KEYS = Set.of("shell", "working-directory");
  private static final Set<String> DEFAULTS_KEYS = Set.of("run");
  private static final Set<String> CONCURRENCY_KEYS = Set.of("group", "cancel-in-progress", "queue");
  private static final Set<String> JOB_KEYS = Set.of("name", "permissions", "cache-mode", "needs", "if", "runs-on",
      "snapshot", "environment", "concurrency", "outputs", "env", "defaults", "timeout-minutes", "strategy",
      "continue-on-error", "container", "services", "uses", "with", "secrets", "steps");
  private static final Set<String> RUNS_ON_KEYS = Set.of("group", "labels");
  private static final Set<String> ENVIRONMENT_KEYS = Set.of("name", "url", "deployment");
  private static final Set<String> STRATEGY_KEYS = Set.of("matrix", "fail-fast", "max-parallel");
  private static final Set<String> MATRIX_KEYS = Set.of("include", "exclude");
  private static final Set<String> CONTAINER_KEYS = Set.of("image", "credentials", "env", "ports", "volumes",
      "options", "command", "entrypoint");
  private static final Set<String> CREDENTIALS_KEYS = Set.of("username", "password");
  private static final Set<String> STEP_KEYS = Set.of("name", "id", "if", "uses", "with", "run", "shell",
      "working-directory", "env", "continue-on-error", "timeout-minutes", "background", "wait", "wait-all", "cancel",
      "parallel");

  /** An extension key that is also a key the writer sets: the tree decides. */
  private static final class Clash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Clash() {
      super(null, null, false, false);
    }
  }

  private final List<StringSite> sites = new ArrayList<>();

  private WorkflowStringSites() {}

  /**
   * The string sites of a workflow's tree, or empty when an extension key is also a key the writer sets (then
   * {@code YamlStrings.of(WorkflowWriter.tree(workflow))} gives them).
   */
  public static Optional<List<StringSite>> of(Workflow workflow) {
    WorkflowStringSites collector = new WorkflowStringSites();
    try {
      collector.workflow(workflow);
    } catch (Clash clash) {
      return Optional.empty();
    }
    return Optional.of(collector.sites);
  }

  private void string(DocPath path, String key, String value) {
    sites.add(new StringSite(path, key, value));
  }

  private void scalar(DocPath path, String key, YamlNode node) {
    YamlScalar scalar = (YamlScalar) node;
    if (scalar.kind() == YamlScalar.Kind.STRING || scalar.kind() == YamlScalar.Kind.INTEGER) {
      sites.add(new StringSite(path, key, scalar.value()));
    }
  }

  /** A value the writer writes with {@code WorkflowWriter.text}: a string, unless it reads as a boolean or number. */
  private void text(DocPath path, String key, String value) {
    scalar(path, key, WorkflowWriter.text(value));
  }

  private void textIfPresent(DocPath parent, String key, Optional<String> value) {
    if (value.isPresent()) {
      text(parent.key(key), key, value.get());
    }
  }

  private void stringIfPresent(DocPath parent, String key, Optional<String> value) {
    if (value.isPresent()) {
      string(parent.key(key), key, value.get());
    }
  }

  private void node(DocPath path, String key, YamlNode node) {
    YamlStrings.addTo(sites, node, path, key);
  }

  private void strings(DocPath path, String key, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      string(path.index(i), key, values.get(i));
    }
  }

  private void list(DocPath parent, String key, List<String> values) {
    if (!values.isEmpty()) {
      strings(parent.key(key), key, values);
    }
  }

  private void stringOrList(DocPath path, String key, List<String> values) {
    if (values.size() == 1) {
      string(path, key, values.get(0));
    } else {
      strings(path, key, values);
    }
  }

  private void textMap(DocPath path, Map<String, String> values) {
    for (Map.Entry<String, String> entry : values.entrySet()) {
      text(path.key(entry.getKey()), entry.getKey(), entry.getValue());
    }
  }

  private void env(DocPath parent, String key, Map<String, String> map, Optional<String> expression) {
    if (expression.isPresent()) {
      string(parent.key(key), key, expression.get());
    } else if (!map.isEmpty()) {
      textMap(parent.key(key), map);
    }
  }

  private void extensions(DocPath parent, Map<String, YamlNode> extensions, Set<String> written) {
    if (extensions.isEmpty()) {
      return;
    }
    for (String key : extensions.keySet()) {
      if (written.contains(key)) {
        throw new Clash();
      }
    }
    for (Map.Entry<String, YamlNode> entry : extensions.entrySet()) {
      node(parent.key(entry.getKey()), entry.getKey(), entry.getValue());
    }
  }

  private void workflow(Workflow workflow) {
    DocPath root = DocPath.root();
    stringIfPresent(root, "name", workflow.name());
    stringIfPresent(root, "run-name", workflow.runName());
    if (!workflow.on().isEmpty()) {
      on(root.key("on"), workflow.on());
    }
    if (workflow.permissions().isPresent()) {
      permissions(root.key("permissions"), workflow.permissions().get());
    }
    stringIfPresent(root, "cache-mode", workflow.cacheMode());
    env(root, "env", workflow.env(), workflow.envExpression());
    if (workflow.defaults().isPresent()) {
      defaults(root.key("defaults"), workflow.defaults().get());
    }
    if (workflow.concurrency().isPresent()) {
      concurrency(root.key("concurrency"), "concurrency", workflow.concurrency().get());
    }
    if (!workflow.jobs().isEmpty()) {
      DocPath jobs = root.key("jobs");
      for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
        job(jobs.key(entry.getKey()), entry.getValue());
      }
    }
    extensions(root, workflow.extensions(), WORKFLOW_KEYS);
  }

  private void on(DocPath path, List<Trigger> triggers) {
    boolean bare = true;
    for (Trigger trigger : triggers) {
      bare &= trigger.isBare() && !trigger.event().equals("repository_dispatch");
    }
    if (bare && triggers.size() == 1) {
      string(path, "on", triggers.get(0).event());
    } else if (bare) {
      for (int i = 0; i < triggers.size(); i++) {
        string(path.index(i), "on", triggers.get(i).event());
      }
    } else {
      for (Trigger trigger : triggers) {
        trigger(path.key(trigger.event()), trigger);
      }
    }
  }

  private void trigger(DocPath path, Trigger trigger) {
    if (trigger.event().equals("schedule") && trigger.extensions().isEmpty()) {
      List<Cron> schedules = trigger.schedules();
      for (int i = 0; i < schedules.size(); i++) {
        Cron cron = schedules.get(i);
        DocPath entry = path.index(i);
        string(entry.key("cron"), "cron", cron.expression());
        stringIfPresent(entry, "timezone", cron.timezone());
        extensions(entry, cron.extensions(), CRON_KEYS);
      }
      return;
    }
    if (trigger.isBare()) {
      return;
    }
    list(path, "workflows", trigger.workflows());
    list(path, "types", trigger.types());
    list(path, "names", trigger.names());
    list(path, "versions", trigger.versions());
    list(path, "branches", trigger.branches());
    list(path, "branches-ignore", trigger.branchesIgnore());
    list(path, "tags", trigger.tags());
    list(path, "tags-ignore", trigger.tagsIgnore());
    list(path, "paths", trigger.paths());
    list(path, "paths-ignore", trigger.pathsIgnore());
    if (!trigger.inputs().isEmpty()) {
      DocPath inputs = path.key("inputs");
      for (Map.Entry<String, Input> entry : trigger.inputs().entrySet()) {
        input(inputs.key(entry.getKey()), entry.getValue());
      }
    }
    if (!trigger.outputs().isEmpty()) {
      DocPath outputs = path.key("outputs");
      for (Map.Entry<String, WorkflowOutput> entry : trigger.outputs().entrySet()) {
        output(outputs.key(entry.getKey()), entry.getValue());
      }
    }
    if (!trigger.secrets().isEmpty()) {
      DocPath secrets = path.key("secrets");
      for (Map.Entry<String, WorkflowSecret> entry : trigger.secrets().entrySet()) {
        secret(secrets.key(entry.getKey()), entry.getValue());
      }
    }
    extensions(path, trigger.extensions(), TRIGGER_KEYS);
  }

  private void input(DocPath path, Input input) {
    stringIfPresent(path, "description", input.description());
    stringIfPresent(path, "deprecationMessage", input.deprecationMessage());
    if (input.defaultValue().isPresent()) {
      defaultValue(path.key("default"), input.type(), input.defaultValue().get());
    }
    if (input.type().isPresent()) {
      string(path.key("type"), "type", input.type().get().text());
    }
    list(path, "options", input.options());
    extensions(path, input.extensions(), INPUT_KEYS);
  }

  /** As the writer's {@code defaultValue}: by the input's type, a boolean, a number or a string. */
  private void defaultValue(DocPath path, Optional<InputType> type, String value) {
    if (type.isEmpty()) {
      text(path, "default", value);
      return;
    }
    switch (type.get()) {
      case BOOLEAN:
        if (!value.equals("true") && !value.equals("false")) {
          string(path, "default", value);
        }
        return;
      case NUMBER:
        YamlScalar.Kind kind = YamlScalar.resolvePlain(value);
        if (kind == YamlScalar.Kind.INTEGER || kind == YamlScalar.Kind.FLOAT) {
          scalar(path, "default", YamlScalar.number(value));
        } else {
          string(path, "default", value);
        }
        return;
      default:
        string(path, "default", value);
    }
  }

  private void output(DocPath path, WorkflowOutput output) {
    stringIfPresent(path, "description", output.description());
    string(path.key("value"), "value", output.value());
    extensions(path, output.extensions(), OUTPUT_KEYS);
  }

  private void secret(DocPath path, WorkflowSecret secret) {
    stringIfPresent(path, "description", secret.description());
    extensions(path, secret.extensions(), SECRET_KEYS);
  }

  private void permissions(DocPath path, Permissions permissions) {
    if (permissions.all().isPresent()) {
      string(path, "permissions", permissions.all().get().text() + "-all");
      return;
    }
    for (Map.Entry<String, Access> entry : permissions.scopes().entrySet()) {
      string(path.key(entry.getKey()), entry.getKey(), entry.getValue().text());
    }
  }

  private void defaults(DocPath path, Defaults defaults) {
    // The run mapping is written unless it is empty and outer extensions follow; when empty it holds no strings.
    DocPath run = path.key("run");
    stringIfPresent(run, "shell", defaults.shell());
    stringIfPresent(run, "working-directory", defaults.workingDirectory());
    extensions(run, defaults.extensions(), RUN_DEFAULT_KEYS);
    extensions(path, defaults.outerExtensions(), DEFAULTS_KEYS);
  }

  private void concurrency(DocPath path, String key, Concurrency concurrency) {
    if (concurrency.cancelInProgress().isEmpty() && concurrency.queue().isEmpty()
        && concurrency.extensions().isEmpty()) {
      string(path, key, concurrency.group());
      return;
    }
    string(path.key("group"), "group", concurrency.group());
    textIfPresent(path, "cancel-in-progress", concurrency.cancelInProgress());
    stringIfPresent(path, "queue", concurrency.queue());
    extensions(path, concurrency.extensions(), CONCURRENCY_KEYS);
  }

  private void job(DocPath path, Job job) {
    stringIfPresent(path, "name", job.name());
    if (job.permissions().isPresent()) {
      permissions(path.key("permissions"), job.permissions().get());
    }
    stringIfPresent(path, "cache-mode", job.cacheMode());
    if (!job.needs().isEmpty()) {
      stringOrList(path.key("needs"), "needs", job.needs());
    }
    textIfPresent(path, "if", job.condition());
    if (job.runsOn().isPresent()) {
      runsOn(path.key("runs-on"), job.runsOn().get());
    }
    if (job.snapshot().isPresent()) {
      node(path.key("snapshot"), "snapshot", job.snapshot().get());
    }
    if (job.environment().isPresent()) {
      environment(path.key("environment"), job.environment().get());
    }
    if (job.concurrency().isPresent()) {
      concurrency(path.key("concurrency"), "concurrency", job.concurrency().get());
    }
    if (!job.outputs().isEmpty()) {
      DocPath outputs = path.key("outputs");
      for (Map.Entry<String, String> entry : job.outputs().entrySet()) {
        string(outputs.key(entry.getKey()), entry.getKey(), entry.getValue());
      }
    }
    env(path, "env", job.env(), job.envExpression());
    if (job.defaults().isPresent()) {
      defaults(path.key("defaults"), job.defaults().get());
    }
    textIfPresent(path, "timeout-minutes", job.timeoutMinutes());
    if (job.strategy().isPresent()) {
      strategy(path.key("strategy"), job.strategy().get());
    }
    textIfPresent(path, "continue-on-error", job.continueOnError());
    if (job.container().isPresent()) {
      container(path.key("container"), "container", job.container().get(), true);
    }
    if (job.servicesExpression().isPresent()) {
      string(path.key("services"), "services", job.servicesExpression().get());
    }
    if (!job.services().isEmpty()) {
      DocPath services = path.key("services");
      for (Map.Entry<String, Container> entry : job.services().entrySet()) {
        container(services.key(entry.getKey()), entry.getKey(), entry.getValue(), false);
      }
    }
    if (job.uses().isPresent()) {
      string(path.key("uses"), "uses", job.uses().get().text());
    }
    env(path, "with", job.inputs(), job.inputsExpression());
    if (job.inheritSecrets()) {
      string(path.key("secrets"), "secrets", "inherit");
    } else if (!job.secrets().isEmpty()) {
      textMap(path.key("secrets"), job.secrets());
    }
    if (!job.steps().isEmpty()) {
      steps(path.key("steps"), job.steps());
    }
    extensions(path, job.extensions(), JOB_KEYS);
  }

  private void runsOn(DocPath path, RunsOn runsOn) {
    if (runsOn.group().isEmpty() && runsOn.extensions().isEmpty()) {
      stringOrList(path, "runs-on", runsOn.labels());
      return;
    }
    stringIfPresent(path, "group", runsOn.group());
    if (!runsOn.labels().isEmpty()) {
      stringOrList(path.key("labels"), "labels", runsOn.labels());
    }
    extensions(path, runsOn.extensions(), RUNS_ON_KEYS);
  }

  private void environment(DocPath path, JobEnvironment environment) {
    if (environment.url().isEmpty() && environment.deployment().isEmpty() && environment.extensions().isEmpty()) {
      string(path, "environment", environment.name());
      return;
    }
    string(path.key("name"), "name", environment.name());
    stringIfPresent(path, "url", environment.url());
    textIfPresent(path, "deployment", environment.deployment());
    extensions(path, environment.extensions(), ENVIRONMENT_KEYS);
  }

  private void strategy(DocPath path, Strategy strategy) {
    if (strategy.expression().isPresent()) {
      string(path, "strategy", strategy.expression().get());
      return;
    }
    if (strategy.matrix().isPresent()) {
      matrix(path.key("matrix"), strategy.matrix().get());
    }
    textIfPresent(path, "fail-fast", strategy.failFast());
    textIfPresent(path, "max-parallel", strategy.maxParallel());
    extensions(path, strategy.extensions(), STRATEGY_KEYS);
  }

  private void matrix(DocPath path, Matrix matrix) {
    if (matrix.expression().isPresent()) {
      string(path, "matrix", matrix.expression().get());
      return;
    }
    for (String dimension : matrix.dimensions().keySet()) {
      if (MATRIX_KEYS.contains(dimension)) {
        throw new Clash();
      }
    }
    for (Map.Entry<String, YamlNode> entry : matrix.dimensions().entrySet()) {
      node(path.key(entry.getKey()), entry.getKey(), entry.getValue());
    }
    combinations(path, "include", matrix.include(), matrix.includeExpression());
    combinations(path, "exclude", matrix.exclude(), matrix.excludeExpression());
  }

  private void combinations(DocPath parent, String key, List<Map<String, YamlNode>> list,
      Optional<String> expression) {
    if (expression.isPresent()) {
      string(parent.key(key), key, expression.get());
    } else if (!list.isEmpty()) {
      DocPath path = parent.key(key);
      for (int i = 0; i < list.size(); i++) {
        DocPath item = path.index(i);
        for (Map.Entry<String, YamlNode> entry : list.get(i).entrySet()) {
          node(item.key(entry.getKey()), entry.getKey(), entry.getValue());
        }
      }
    }
  }

  private void container(DocPath path, String key, Container container, boolean shortForm) {
    boolean imageOnly = container.credentials().isEmpty() && container.credentialsExpression().isEmpty()
        && container.envExpression().isEmpty()
        && container.env().isEmpty() && container.ports().isEmpty() && container.volumes().isEmpty()
        && container.options().isEmpty() && container.command().isEmpty() && container.entrypoint().isEmpty()
        && container.extensions().isEmpty();
    if (shortForm && imageOnly) {
      string(path, key, container.image());
      return;
    }
    string(path.key("image"), "image", container.image());
    if (container.credentials().isPresent()) {
      Credentials c = container.credentials().get();
      DocPath credentials = path.key("credentials");
      stringIfPresent(credentials, "username", c.username());
      stringIfPresent(credentials, "password", c.password());
      extensions(credentials, c.extensions(), CREDENTIALS_KEYS);
    }
    if (container.credentialsExpression().isPresent()) {
      string(path.key("credentials"), "credentials", container.credentialsExpression().get());
    }
    env(path, "env", container.env(), container.envExpression());
    if (!container.ports().isEmpty()) {
      DocPath ports = path.key("ports");
      for (int i = 0; i < container.ports().size(); i++) {
        text(ports.index(i), "ports", container.ports().get(i));
      }
    }
    list(path, "volumes", container.volumes());
    stringIfPresent(path, "options", container.options());
    stringIfPresent(path, "command", container.command());
    stringIfPresent(path, "entrypoint", container.entrypoint());
    extensions(path, container.extensions(), CONTAINER_KEYS);
  }

  private void steps(DocPath path, List<Step> steps) {
    for (int i = 0; i < steps.size(); i++) {
      step(path.index(i), steps.get(i));
    }
  }

  private void step(DocPath path, Step step) {
    stringIfPresent(path, "name", step.name());
    stringIfPresent(path, "id", step.id());
    textIfPresent(path, "if", step.condition());
    if (step.uses().isPresent()) {
      string(path.key("uses"), "uses", step.uses().get().text());
    }
    env(path, "with", step.inputs(), step.inputsExpression());
    stringIfPresent(path, "run", step.run());
    stringIfPresent(path, "shell", step.shell());
    stringIfPresent(path, "working-directory", step.workingDirectory());
    env(path, "env", step.env(), step.envExpression());
    textIfPresent(path, "continue-on-error", step.continueOnError());
    textIfPresent(path, "timeout-minutes", step.timeoutMinutes());
    if (!step.await().isEmpty()) {
      stringOrList(path.key("wait"), "wait", step.await());
    }
    stringIfPresent(path, "cancel", step.cancel());
    if (!step.parallel().isEmpty()) {
      steps(path.key("parallel"), step.parallel());
    }
    extensions(path, step.extensions(), STEP_KEYS);
  }
}
