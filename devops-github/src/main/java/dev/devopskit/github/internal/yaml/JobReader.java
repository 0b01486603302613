package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Container;
import dev.devopskit.github.workflow.Credentials;
import dev.devopskit.github.workflow.JobEnvironment;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Matrix;
import dev.devopskit.github.workflow.RunsOn;
import dev.devopskit.github.workflow.Strategy;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code jobs} of a workflow: normal and reusable-workflow jobs, runners, containers, matrices, needs. */
final class JobReader extends FieldReader {
  private static final Set<String> NORMAL_JOB_KEYS = ordered("name", "permissions", "cache-mode", "needs", "if", "runs-on",
      "snapshot", "environment", "concurrency", "outputs", "env", "defaults", "steps", "timeout-minutes", "strategy",
      "continue-on-error", "container", "services");
  private static final Set<String> CALL_JOB_KEYS = ordered("name", "needs", "permissions", "cache-mode", "if", "uses", "with",
      "secrets", "strategy", "concurrency");
  private static final Set<String> CONTAINER_KEYS = ordered("image", "credentials", "env", "ports", "volumes",
      "options");
  private static final Set<String> SERVICE_KEYS = ordered("image", "credentials", "env", "ports", "volumes",
      "options", "command", "entrypoint");
  /** Every job key, those of the job's own kind first (the order in which did-you-mean looks for a match). */
  private static final Set<String> CALL_JOB_ALL_KEYS = ordered(CALL_JOB_KEYS, NORMAL_JOB_KEYS);
  private static final Set<String> NORMAL_JOB_ALL_KEYS = ordered(NORMAL_JOB_KEYS, CALL_JOB_KEYS);

  private final SettingReader settingReader;
  private final StepReader stepReader;

  JobReader(FieldReader shared, SettingReader settingReader, StepReader stepReader) {
    super(shared);
    this.settingReader = settingReader;
    this.stepReader = stepReader;
  }

  private Optional<Job> build(Job.Builder job, YamlNode at, DocPath path) {
    try {
      return Optional.of(job.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(at, path, e);
    }
  }

  void sanitizeNeeds(Map<String, Job> jobs, Set<String> declared, DocPath path) {
    for (Map.Entry<String, Job> entry : new ArrayList<>(jobs.entrySet())) {
      List<String> kept = new ArrayList<>();
      for (String need : entry.getValue().needs()) {
        if (jobs.containsKey(need)) {
          kept.add(need);
        } else if (!declared.contains(need)) {
          read.error(needsNode(entry.getKey()), path.key(entry.getKey()).key("needs"), "job '" + entry.getKey()
              + "' needs '" + need + "', which is not a job of this workflow", "use one of " + declared);
        }
      }
      if (kept.size() != entry.getValue().needs().size()) {
        entry.setValue(entry.getValue().withNeeds(kept));
      }
    }
    for (int guard = 0; guard < 1000; guard++) {
      List<String> cycle = Workflow.needsCycle(needsWithin(jobs));
      if (cycle.isEmpty()) {
        return;
      }
      String last = cycle.get(cycle.size() - 2);
      String first = cycle.get(cycle.size() - 1);
      read.error(needsNode(last), path.key(last).key("needs"), "jobs need each other in a cycle: "
          + String.join(" -> ", cycle), "remove the need of '" + first + "' from job '" + last + "'");
      Job job = jobs.get(last);
      List<String> needs = new ArrayList<>(job.needs());
      needs.remove(first);
      jobs.put(last, job.withNeeds(needs));
    }
  }

  /** The needs of each job that name jobs of the workflow, in job order. */
  private static Map<String, List<String>> needsWithin(Map<String, Job> jobs) {
    Map<String, List<String>> needs = new LinkedHashMap<>();
    for (Map.Entry<String, Job> job : jobs.entrySet()) {
      List<String> within = new ArrayList<>();
      for (String need : job.getValue().needs()) {
        if (jobs.containsKey(need)) {
          within.add(need);
        }
      }
      needs.put(job.getKey(), within);
    }
    return needs;
  }

  private YamlNode needsNode(String job) {
    return jobsNode.flatMap(jobs -> jobs.get(job)).flatMap(YamlNode::asMapping).flatMap(m -> m.get("needs"))
        .orElse(jobsNode.orElse(null));
  }

  private Optional<YamlMapping> jobsNode = Optional.empty();

  void jobs(YamlNode node, DocPath path, Map<String, Job> jobs, Set<String> declared) {
    Optional<YamlMapping> mapping = read.mapping(node, path);
    jobsNode = mapping;
    if (mapping.isEmpty()) {
      if (node.isNull()) {
        read.error(node, path, "'jobs' is empty; add at least one job", null);
      }
      return;
    }
    if (mapping.get().isEmpty()) {
      read.error(node, path, "'jobs' is empty; add at least one job", null);
    }
    for (YamlMapping.Entry entry : mapping.get().entries()) {
      declared.add(entry.name());
    }
    for (YamlMapping.Entry entry : mapping.get().entries()) {
      DocPath here = path.key(entry.name());
      if (!Workflow.isJobId(entry.name())) {
        read.error(entry.key(), here, "job id '" + entry.name() + "' must start with a letter or '_' and contain "
            + "only letters, digits, '-' and '_'", "rename the job");
        continue;
      }
      if (jobs.containsKey(entry.name())) {
        continue;
      }
      Optional<Job> job = job(entry.value(), here);
      if (job.isPresent()) {
        jobs.put(entry.name(), job.get());
      }
    }
  }

  private Optional<Job> job(YamlNode node, DocPath path) {
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      if (node.isNull()) {
        read.error(node, path, "job '" + path.last() + "' is empty; give it runs-on and steps", null);
      }
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    boolean call = m.has("uses");
    boolean broken = false;
    Job.Builder job = Job.builder();
    Set<String> known = call ? CALL_JOB_KEYS : NORMAL_JOB_KEYS;
    Set<String> other = call ? NORMAL_JOB_KEYS : CALL_JOB_KEYS;
    Map<String, YamlNode> extensions = new LinkedHashMap<>();
    for (YamlMapping.Entry entry : m.entries()) {
      if (!known.contains(entry.name()) && other.contains(entry.name())) {
        read.error(entry.key(), path.key(entry.name()), call
            ? "a job that calls a reusable workflow (uses) cannot have '" + entry.name() + "'"
            : "'" + entry.name() + "' belongs to jobs that call a reusable workflow with 'uses'",
            call ? "move it into the called workflow" : "add 'uses', or remove '" + entry.name() + "'");
        extensions.putIfAbsent(entry.name(), entry.value());
      }
    }
    extensions.putAll(unknown(m, path, call ? CALL_JOB_ALL_KEYS : NORMAL_JOB_ALL_KEYS));
    // Optional parts are set as read: the builders take Optional.empty() as "not set".
    job.name(string(m, "name", path));
    job.permissions(settingReader.permissions(valueOf(m, "permissions"), path.key("permissions")));
    job.cacheMode(settingReader.cacheMode(m, path));
    List<String> needs = list(m, "needs", path);
    for (String need : needs) {
      if (!Workflow.isJobId(need)) {
        read.error(m.get("needs").get(), path.key("needs"), "needs '" + need + "' is not a job id", null);
      } else {
        job.addNeed(need);
      }
    }
    job.condition(condition(m, path));
    job.strategy(strategy(valueOf(m, "strategy"), path.key("strategy")));
    job.concurrency(settingReader.concurrency(valueOf(m, "concurrency"), path.key("concurrency")));
    boolean invalidUses = false;
    if (call) {
      Optional<String> uses = string(m, "uses", path);
      if (uses.isPresent()) {
        YamlNode usesNode = valueOf(m, "uses");
        if (!uses.get().contains("${{") && !ActionRef.isWorkflowUses(uses.get())) {
          read.error(usesNode, path.key("uses"), "job uses '" + uses.get() + "' must name a workflow file: "
              + "'owner/repo/.github/workflows/file.yml@ref' or './.github/workflows/file.yml'", null);
          invalidUses = true;
        } else {
          job.uses(stepReader.actionRef(uses.get(), usesNode, path.key("uses")));
        }
      }
      ScalarMap with = scalarMap(m, "with", path);
      job.putAllWith(with.values()).withExpression(with.expression());
      YamlNode secrets = valueOf(m, "secrets");
      if (secrets != null) {
        if (secrets instanceof YamlScalar && ((YamlScalar) secrets).value().equals("inherit")) {
          job.inheritSecrets(true);
        } else {
          ScalarMap map = scalarMap(m, "secrets", path);
          job.putAllSecrets(map.values());
          if (map.expression() != null) {
            read.error(secrets, path.key("secrets"), "'" + path.key("secrets") + "' must be 'inherit' or a mapping",
                null);
            extensions.put("secrets", secrets);
          }
        }
      }
    } else {
      Optional<YamlNode> runsOn = get(m, "runs-on");
      if (runsOn.isEmpty() || runsOn.get().isNull()) {
        read.error(runsOn.isPresent() ? m.entry("runs-on").get().key() : m, path.key("runs-on"), "job '"
            + path.last() + "' has no runs-on", "add 'runs-on: ubuntu-latest' (or the label of your runner)");
        broken = true;
      } else {
        Optional<RunsOn> runner = runsOn(runsOn.get(), path.key("runs-on"));
        job.runsOn(runner);
        broken = runner.isEmpty();
      }
      YamlNode snapshot = valueOf(m, "snapshot");
      if (snapshot != null) {
        job.snapshot(snapshot);
      }
      job.environment(environment(valueOf(m, "environment"), path.key("environment")));
      YamlNode outputs = valueOf(m, "outputs");
      if (outputs != null) {
        job.putAllOutputs(read.stringMap(outputs, path.key("outputs")));
      }
      ScalarMap env = scalarMap(m, "env", path);
      job.putAllEnv(env.values()).envExpression(env.expression());
      job.defaults(settingReader.defaults(valueOf(m, "defaults"), path.key("defaults")));
      job.timeoutMinutes(numberOrExpression(m, "timeout-minutes", path));
      job.continueOnError(boolOrExpression(m, "continue-on-error", path));
      job.container(container(valueOf(m, "container"), path.key("container"), true));
      Optional<String> servicesExpression = expressionAt(m, "services");
      job.servicesExpression(servicesExpression);
      YamlMapping services = servicesExpression.isPresent() ? null : mappingAt(m, "services", path);
      if (services != null) {
        for (YamlMapping.Entry entry : services.entries()) {
          Optional<Container> service = container(entry.value(), path.key("services").key(entry.name()), false);
          if (service.isPresent()) {
            job.putService(entry.name(), service.get());
          }
        }
      }
      YamlNode steps = valueOf(m, "steps");
      if (steps != null) {
        job.addAllSteps(stepReader.steps(steps, path.key("steps")));
      }
    }
    job.putAllExtensions(extensions);
    return broken || invalidUses ? Optional.empty() : build(job, node, path);
  }

  private Optional<RunsOn> runsOn(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar) {
      try {
        return Optional.of(RunsOn.label(((YamlScalar) node).value()));
      } catch (IllegalArgumentException | IllegalStateException e) {
        return invalid(node, path, e);
      }
    }
    if (node instanceof YamlSequence) {
      List<String> labels = read.stringList(node, path);
      if (labels.isEmpty()) {
        read.error(node, path, "'" + path + "' is an empty list; give at least one runner label", null);
        return Optional.empty();
      }
      return build(node, path, () -> RunsOn.builder().addAllLabels(labels).build());
    }
    YamlMapping m = (YamlMapping) node;
    RunsOn.Builder runsOn = RunsOn.builder();
    runsOn.group(string(m, "group", path));
    runsOn.addAllLabels(list(m, "labels", path));
    runsOn.putAllExtensions(unknown(m, path, List.of("group", "labels")));
    return build(node, path, runsOn::build);
  }

  /** The environment at a node; empty when the node is null (the key is absent) or wrong (reported). */
  private Optional<JobEnvironment> environment(YamlNode node, DocPath path) {
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof YamlScalar && !node.isNull()) {
      return build(node, path, () -> JobEnvironment.named(((YamlScalar) node).value()));
    }
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    Optional<String> name = string(m, "name", path);
    if (name.isEmpty()) {
      read.error(m, path, "'" + path + "' has no name", "add 'name: production'");
      return Optional.empty();
    }
    JobEnvironment.Builder environment = JobEnvironment.builder().name(name.get());
    environment.url(string(m, "url", path));
    environment.deployment(boolOrExpression(m, "deployment", path));
    environment.putAllExtensions(unknown(m, path, List.of("name", "url", "deployment")));
    return build(node, path, environment::build);
  }

  /** The container at a node; empty when the node is null (the key is absent) or wrong (reported). */
  private Optional<Container> container(YamlNode node, DocPath path, boolean job) {
    if (node == null) {
      return Optional.empty();
    }
    if (job && node instanceof YamlScalar && !node.isNull()) {
      return build(node, path, () -> Container.image(((YamlScalar) node).value()));
    }
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    Optional<String> image = string(m, "image", path);
    if (image.isEmpty()) {
      read.error(m, path, "'" + path + "' has no image", "add 'image: <name>:<tag>'");
      return Optional.empty();
    }
    Container.Builder container = Container.builder().image(image.get());
    Optional<String> credentialsExpression = expressionAt(m, "credentials");
    container.credentialsExpression(credentialsExpression);
    YamlMapping c = credentialsExpression.isPresent() ? null : mappingAt(m, "credentials", path);
    if (c != null) {
      DocPath here = path.key("credentials");
      Credentials.Builder credentials = Credentials.builder();
      credentials.username(string(c, "username", here));
      credentials.password(string(c, "password", here));
      credentials.putAllExtensions(unknown(c, here, List.of("username", "password")));
      container.credentials(build(c, here, credentials::build));
    }
    ScalarMap env = scalarMap(m, "env", path);
    container.putAllEnv(env.values()).envExpression(env.expression());
    container.addAllPorts(list(m, "ports", path));
    container.addAllVolumes(list(m, "volumes", path));
    container.options(string(m, "options", path));
    if (!job) {
      container.command(string(m, "command", path));
      container.entrypoint(string(m, "entrypoint", path));
    }
    container.putAllExtensions(unknown(m, path, job ? CONTAINER_KEYS : SERVICE_KEYS));
    return build(node, path, container::build);
  }

  /** The strategy at a node; empty when the node is null (the key is absent) or wrong (reported). */
  private Optional<Strategy> strategy(YamlNode node, DocPath path) {
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof YamlScalar && ((YamlScalar) node).value().contains("${{")) {
      return build(node, path, () -> Strategy.builder().expression(((YamlScalar) node).value()).build());
    }
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    Strategy.Builder strategy = Strategy.builder();
    YamlNode matrix = valueOf(m, "matrix");
    if (matrix != null) {
      strategy.matrix(matrix(matrix, path.key("matrix")));
    }
    strategy.failFast(string(m, "fail-fast", path));
    strategy.maxParallel(numberOrExpression(m, "max-parallel", path));
    strategy.putAllExtensions(unknown(m, path, List.of("matrix", "fail-fast", "max-parallel")));
    return build(node, path, strategy::build);
  }

  private Optional<Matrix> matrix(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar && !node.isNull()) {
      String text = ((YamlScalar) node).value();
      if (!text.contains("${{")) {
        read.error(node, path, "'" + path + "' must be a mapping of dimensions or an expression ${{ }}", null);
        return Optional.empty();
      }
      return build(node, path, () -> Matrix.expression(text));
    }
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    Matrix.Builder matrix = Matrix.builder();
    for (YamlMapping.Entry entry : mapping.get().entries()) {
      DocPath here = path.key(entry.name());
      YamlNode value = entry.value();
      if (entry.name().equals("include") || entry.name().equals("exclude")) {
        boolean include = entry.name().equals("include");
        if (value instanceof YamlScalar && ((YamlScalar) value).value().contains("${{")) {
          if (include) {
            matrix.includeExpression(((YamlScalar) value).value());
          } else {
            matrix.excludeExpression(((YamlScalar) value).value());
          }
          continue;
        }
        Optional<YamlSequence> items = value.asSequence();
        if (items.isEmpty()) {
          read.error(value, here, "'" + here + "' must be a list of combinations or an expression ${{ }}", null);
          continue;
        }
        for (int i = 0; i < items.get().size(); i++) {
          YamlNode item = items.get().items().get(i);
          YamlMapping combination = read.mapping(item, here.index(i)).orElse(null);
          if (combination == null) {
            continue;
          }
          Map<String, YamlNode> values = new LinkedHashMap<>();
          for (YamlMapping.Entry e : combination.entries()) {
            values.putIfAbsent(e.name(), e.value());
          }
          if (include) {
            matrix.addInclude(values);
          } else {
            matrix.addExclude(values);
          }
        }
        continue;
      }
      if (value instanceof YamlSequence || value instanceof YamlScalar && ((YamlScalar) value).value().contains("${{")) {
        matrix.putDimension(entry.name(), value);
      } else {
        read.error(value, here, "matrix dimension '" + entry.name() + "' must be a list of values or an expression "
            + "${{ }}, not " + describe(value), "write it as a list: [" + (value instanceof YamlScalar
                ? ((YamlScalar) value).value() : "...") + "]");
      }
    }
    return build(node, path, matrix::build);
  }
}
