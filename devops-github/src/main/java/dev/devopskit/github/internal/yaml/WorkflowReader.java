package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.github.expression.Expressions;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Container;
import dev.devopskit.github.workflow.Cron;
import dev.devopskit.github.workflow.Credentials;
import dev.devopskit.github.workflow.Defaults;
import dev.devopskit.github.workflow.Environment;
import dev.devopskit.github.workflow.Events;
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
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads a workflow file into a {@link Workflow}: every form GitHub accepts, type errors and grammar errors as
 * findings at their element, unknown keys kept (and reported), never an exception.
 */
public final class WorkflowReader {
  /** Rule id of type, shape and grammar errors. */
  public static final String SYNTAX = "github/syntax";
  /** Rule id of unknown keys. */
  public static final String UNKNOWN_KEY = "github/unknown-key";
  /** Rule id of malformed expressions. */
  public static final String EXPRESSION = "github/expression";

  private static final Set<String> WORKFLOW_KEYS = ordered("name", "run-name", "on", "permissions", "cache-mode", "env",
      "defaults", "concurrency", "jobs");
  private static final Set<String> NORMAL_JOB_KEYS = ordered("name", "permissions", "cache-mode", "needs", "if", "runs-on",
      "snapshot", "environment", "concurrency", "outputs", "env", "defaults", "steps", "timeout-minutes", "strategy",
      "continue-on-error", "container", "services");
  private static final Set<String> CALL_JOB_KEYS = ordered("name", "needs", "permissions", "cache-mode", "if", "uses", "with",
      "secrets", "strategy", "concurrency");
  private static final Set<String> STEP_KEYS = ordered("id", "if", "name", "uses", "run", "working-directory",
      "shell", "with", "env", "continue-on-error", "timeout-minutes", "background", "wait", "wait-all", "cancel",
      "parallel");
  private static final Set<String> CONTAINER_KEYS = ordered("image", "credentials", "env", "ports", "volumes",
      "options");
  private static final Set<String> SERVICE_KEYS = ordered("image", "credentials", "env", "ports", "volumes",
      "options", "command", "entrypoint");
  private static final Set<String> DISPATCH_INPUT_KEYS = ordered("description", "deprecationMessage", "required",
      "default", "type", "options");
  /** Events whose keys GitHub checks; other events ignore keys they do not know. */
  private static final Set<String> STRICT_EVENTS = Set.of("push", "pull_request", "pull_request_target",
      "workflow_dispatch", "workflow_call", "workflow_run");
  private static final Set<String> CALL_INPUT_KEYS = ordered("description", "required", "default", "type");

  /** Every job key, those of the job's own kind first (the order in which did-you-mean looks for a match). */
  private static final Set<String> CALL_JOB_ALL_KEYS = ordered(CALL_JOB_KEYS, NORMAL_JOB_KEYS);
  private static final Set<String> NORMAL_JOB_ALL_KEYS = ordered(NORMAL_JOB_KEYS, CALL_JOB_KEYS);
  private static final Pattern JOB_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private final SourceFile source;
  private final YamlReadContext read;
  private final List<Finding> extra = new ArrayList<>();

  private WorkflowReader(SourceFile source) {
    this.source = source;
    this.read = new YamlReadContext(source, SYNTAX, UNKNOWN_KEY);
  }

  /** Reads a workflow file; never throws on bad input. */
  public static Parsed<Workflow> read(SourceFile source) {
    Parsed<YamlDocument> yaml = Yaml.read(source);
    if (yaml.value().isEmpty()) {
      return Parsed.failed(source, yaml.findings());
    }
    YamlDocument document = yaml.value().get();
    WorkflowReader reader = new WorkflowReader(source);
    Workflow workflow;
    try {
      workflow = reader.workflow(document.root().orElse(null));
      reader.expressions(document.root().orElse(null), DocPath.root(), 0);
    } catch (RuntimeException | StackOverflowError e) {
      reader.read.error(document.root().orElse(null), DocPath.root(),
          "the workflow could not be read (" + e.getClass().getSimpleName() + "); please report this file", null);
      workflow = Workflow.builder().build();
    }
    List<Finding> findings = new ArrayList<>(yaml.findings());
    findings.addAll(reader.read.findings());
    findings.addAll(reader.extra);
    String path = source.path();
    String file = path.substring(path.lastIndexOf('/') + 1);
    if (file.endsWith(".yml") || file.endsWith(".yaml")) {
      workflow = workflow.withFileName(file);
    }
    return Parsed.of(workflow, source, document, findings);
  }

  // ---- helpers

  /** Known keys: looked up by hash, listed in the order given (did-you-mean takes the first of equally close keys). */
  private static Set<String> ordered(String... keys) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
  }

  private static Set<String> ordered(Set<String> first, Set<String> then) {
    Set<String> all = new LinkedHashSet<>(first);
    all.addAll(then);
    return Collections.unmodifiableSet(all);
  }

  private <T> Optional<T> build(YamlNode at, DocPath path, Supplier<T> builder) {
    try {
      return Optional.ofNullable(builder.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      read.error(at, path, "'" + (path.isRoot() ? "workflow" : path.toString()) + "': " + e.getMessage(), null);
      return Optional.empty();
    }
  }

  private Map<String, YamlNode> unknown(YamlMapping mapping, DocPath path, Collection<String> known) {
    Map<String, YamlNode> extensions = new LinkedHashMap<>();
    for (YamlMapping.Entry entry : read.unknownKeys(mapping, path, known)) {
      extensions.putIfAbsent(entry.name(), entry.value());
    }
    return extensions;
  }

  private static Optional<YamlNode> get(YamlMapping mapping, String key) {
    return mapping.get(key);
  }

  private Optional<String> string(YamlMapping mapping, String key, DocPath path) {
    return get(mapping, key).flatMap(node -> read.string(node, path.key(key)));
  }

  private Optional<Boolean> bool(YamlMapping mapping, String key, DocPath path) {
    return get(mapping, key).flatMap(node -> read.bool(node, path.key(key)));
  }

  /** A value that is a boolean or an expression: {@code continue-on-error}, {@code cancel-in-progress}. */
  private Optional<String> boolOrExpression(YamlMapping mapping, String key, DocPath path) {
    Optional<YamlNode> node = get(mapping, key);
    if (node.isEmpty() || node.get().isNull()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node.get();
      if (scalar.kind() == YamlScalar.Kind.BOOLEAN) {
        return Optional.of(scalar.asBoolean().orElseThrow().toString());
      }
      if (scalar.value().equals("true") || scalar.value().equals("false") || scalar.value().contains("${{")) {
        return Optional.of(scalar.value());
      }
    }
    read.error(node.get(), path.key(key), "'" + path.key(key) + "' must be true, false or an expression ${{ }}, not "
        + describe(node.get()), null);
    return Optional.empty();
  }

  /** A value that is a number or an expression: {@code timeout-minutes}, {@code max-parallel}. */
  private Optional<String> numberOrExpression(YamlMapping mapping, String key, DocPath path) {
    Optional<YamlNode> node = get(mapping, key);
    if (node.isEmpty() || node.get().isNull()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node.get();
      if (scalar.kind() == YamlScalar.Kind.INTEGER || scalar.kind() == YamlScalar.Kind.FLOAT
          || scalar.value().contains("${{") || DECIMAL.matcher(scalar.value().trim()).matches()) {
        return Optional.of(scalar.value());
      }
    }
    read.error(node.get(), path.key(key), "'" + path.key(key) + "' must be a number or an expression ${{ }}, not "
        + describe(node.get()), null);
    return Optional.empty();
  }

  /** A condition: a string, or a boolean or number as written. */
  private Optional<String> condition(YamlMapping mapping, DocPath path) {
    return string(mapping, "if", path);
  }

  private List<String> list(YamlMapping mapping, String key, DocPath path) {
    return get(mapping, key).map(node -> read.stringList(node, path.key(key))).orElse(List.of());
  }

  private static String describe(YamlNode node) {
    return node instanceof YamlScalar ? "'" + ((YamlScalar) node).value() + "'" : "a " + node.kindName();
  }

  /**
   * Reads a map of scalars or one expression ({@code env}, {@code with}, {@code secrets}); values may be
   * strings, numbers or booleans, kept as written.
   */
  private void scalarMap(YamlMapping mapping, String key, DocPath path, Consumer<Map<String, String>> map,
      Consumer<String> expression) {
    Optional<YamlNode> node = get(mapping, key);
    if (node.isEmpty() || node.get().isNull()) {
      return;
    }
    DocPath here = path.key(key);
    if (node.get() instanceof YamlScalar) {
      String text = ((YamlScalar) node.get()).value();
      if (text.contains("${{")) {
        expression.accept(text);
      } else {
        read.error(node.get(), here, "'" + here + "' must be a mapping of names to values or an expression "
            + "${{ }}, not " + describe(node.get()), "write it as a mapping: '" + key + ":' then 'NAME: value' lines");
      }
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    read.mapping(node.get(), here).ifPresent(m -> {
      for (YamlMapping.Entry entry : m.entries()) {
        YamlNode value = entry.value();
        if (value.isNull()) {
          values.putIfAbsent(entry.name(), "");
        } else if (value instanceof YamlScalar) {
          values.putIfAbsent(entry.name(), ((YamlScalar) value).value());
        } else {
          read.error(value, here.key(entry.name()), "'" + here.key(entry.name()) + "' must be a string, number or "
              + "boolean, not a " + value.kindName(), "quote it, or pass structured data with toJSON(...)");
        }
      }
    });
    map.accept(values);
  }

  // ---- workflow

  private Workflow workflow(YamlNode root) {
    Workflow.Builder workflow = Workflow.builder();
    if (root == null || root.isNull()) {
      read.error(root, DocPath.root(), "the workflow file is empty; it needs 'on' and 'jobs'", null);
      return workflow.build();
    }
    Optional<YamlMapping> mapping = read.mapping(root, DocPath.root());
    if (mapping.isEmpty()) {
      return workflow.build();
    }
    YamlMapping top = mapping.get();
    DocPath path = DocPath.root();
    if (!top.has("on")) {
      read.error(top, path, "the workflow has no 'on': say which events start it, for example 'on: push'", null);
    }
    if (!top.has("jobs")) {
      read.error(top, path, "the workflow has no 'jobs': add at least one job", null);
    }
    string(top, "name", path).ifPresent(workflow::name);
    string(top, "run-name", path).ifPresent(workflow::runName);
    get(top, "on").ifPresent(on -> workflow.addAllOn(on(on, path.key("on"))));
    get(top, "permissions").flatMap(p -> permissions(p, path.key("permissions"))).ifPresent(workflow::permissions);
    cacheMode(top, path).ifPresent(workflow::cacheMode);
    scalarMap(top, "env", path, workflow::putAllEnv, workflow::envExpression);
    get(top, "defaults").flatMap(d -> defaults(d, path.key("defaults"))).ifPresent(workflow::defaults);
    get(top, "concurrency").flatMap(c -> concurrency(c, path.key("concurrency"))).ifPresent(workflow::concurrency);
    workflow.putAllExtensions(unknown(top, path, WORKFLOW_KEYS));
    Map<String, Job> jobs = new LinkedHashMap<>();
    Set<String> declared = new LinkedHashSet<>();
    get(top, "jobs").ifPresent(node -> jobs(node, path.key("jobs"), jobs, declared));
    sanitizeNeeds(jobs, declared, path.key("jobs"));
    workflow.putAllJobs(jobs);
    return build(top, path, workflow::build).orElseGet(() -> Workflow.builder().build());
  }

  private void sanitizeNeeds(Map<String, Job> jobs, Set<String> declared, DocPath path) {
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
    jobs.forEach((id, job) -> needs.put(id, job.needs().stream().filter(jobs::containsKey).toList()));
    return needs;
  }

  private YamlNode needsNode(String job) {
    return jobsNode.flatMap(jobs -> jobs.get(job)).flatMap(YamlNode::asMapping).flatMap(m -> m.get("needs"))
        .orElse(jobsNode.orElse(null));
  }

  private Optional<YamlMapping> jobsNode = Optional.empty();

  // ---- on

  private List<Trigger> on(YamlNode node, DocPath path) {
    List<Trigger> triggers = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    if (node.isNull()) {
      read.error(node, path, "'on' is empty; name at least one event such as push", null);
      return triggers;
    }
    if (node instanceof YamlScalar) {
      event(node, ((YamlScalar) node).value(), path).ifPresent(triggers::add);
      return triggers;
    }
    if (node instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) node).items();
      for (int i = 0; i < items.size(); i++) {
        Optional<String> name = read.string(items.get(i), path.index(i));
        if (name.isPresent() && seen.add(name.get())) {
          event(items.get(i), name.get(), path.index(i)).ifPresent(triggers::add);
        }
      }
      return triggers;
    }
    YamlMapping mapping = (YamlMapping) node;
    for (YamlMapping.Entry entry : mapping.entries()) {
      if (!seen.add(entry.name())) {
        continue;
      }
      DocPath here = path.key(entry.name());
      if (!Events.isKnown(entry.name())) {
        unknownEvent(entry.key(), entry.name(), here);
        Trigger.Builder unknown = Trigger.builder().event(entry.name());
        entry.value().asMapping().ifPresent(body -> body.entries()
            .forEach(e -> unknown.putExtension(e.name(), e.value())));
        build(entry.key(), here, unknown::build).ifPresent(triggers::add);
        continue;
      }
      trigger(entry.name(), entry.value(), here).ifPresent(triggers::add);
    }
    return triggers;
  }

  private Optional<Trigger> event(YamlNode node, String name, DocPath path) {
    if (!Events.isKnown(name)) {
      unknownEvent(node, name, path);
    }
    if (name.equals("schedule")) {
      read.error(node, path, "the schedule event needs cron entries: 'schedule:' then '- cron: ...'", null);
      return Optional.empty();
    }
    return build(node, path, () -> Trigger.of(name));
  }

  private void unknownEvent(YamlNode at, String name, DocPath path) {
    String suggestion = YamlReadContext.suggest(name, Events.names());
    read.report(UNKNOWN_KEY, Severity.ERROR, at, path, "unknown event '" + name + "'"
        + (suggestion.isEmpty() ? "" : "; did you mean '" + suggestion + "'?"),
        suggestion.isEmpty() ? "use an event GitHub documents, such as push or pull_request"
            : "rename it to '" + suggestion + "'");
  }

  private Optional<Trigger> trigger(String event, YamlNode node, DocPath path) {
    Trigger.Builder trigger = Trigger.builder().event(event);
    if (event.equals("schedule")) {
      return schedule(node, path);
    }
    if (node.isNull()) {
      return build(node, path, trigger::build);
    }
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return build(node, path, trigger::build);
    }
    YamlMapping m = mapping.get();
    List<String> known = new ArrayList<>(Events.keys(event));
    if (STRICT_EVENTS.contains(event)) {
      trigger.putAllExtensions(unknown(m, path, known));
    } else {
      for (YamlMapping.Entry entry : m.entries()) {
        if (!known.contains(entry.name())) {
          read.report(UNKNOWN_KEY, Severity.WARNING, entry.key(), path.key(entry.name()), "'" + entry.name()
              + "' is not a filter of " + event + "; GitHub ignores it", "remove it");
          trigger.putExtension(entry.name(), entry.value());
        }
      }
    }
    if (known.contains("types")) {
      List<String> types = list(m, "types", path);
      trigger.addAllTypes(types);
      Optional<List<String>> allowed = Events.activityTypes(event);
      if (allowed.isPresent()) {
        for (int i = 0; i < types.size(); i++) {
          if (!allowed.get().contains(types.get(i))) {
            YamlNode typesNode = m.get("types").get();
            YamlNode at = typesNode instanceof YamlSequence && i < ((YamlSequence) typesNode).size()
                ? ((YamlSequence) typesNode).items().get(i) : typesNode;
            String suggestion = YamlReadContext.suggest(types.get(i), allowed.get());
            read.error(at, path.key("types"), "'" + types.get(i) + "' is not an activity type of " + event
                + (suggestion.isEmpty() ? "" : "; did you mean '" + suggestion + "'?"),
                "use one of " + allowed.get());
          }
        }
      }
    }
    if (known.contains("workflows")) {
      trigger.addAllWorkflows(list(m, "workflows", path));
    }
    if (known.contains("branches")) {
      trigger.addAllBranches(list(m, "branches", path));
      trigger.addAllBranchesIgnore(list(m, "branches-ignore", path));
    }
    if (known.contains("tags")) {
      trigger.addAllTags(list(m, "tags", path));
      trigger.addAllTagsIgnore(list(m, "tags-ignore", path));
    }
    if (known.contains("paths")) {
      trigger.addAllPaths(list(m, "paths", path));
      trigger.addAllPathsIgnore(list(m, "paths-ignore", path));
    }
    for (String filter : List.of("branches", "tags", "paths")) {
      if (m.has(filter) && m.has(filter + "-ignore")) {
        read.error(m.entry(filter + "-ignore").get().key(), path.key(filter + "-ignore"), "'" + path + "' has both "
            + filter + " and " + filter + "-ignore; they exclude each other",
            "use only " + filter + ", with '!' patterns for what to leave out");
        if (filter.equals("branches")) {
          trigger.branchesIgnore(List.of());
        } else if (filter.equals("tags")) {
          trigger.tagsIgnore(List.of());
        } else {
          trigger.pathsIgnore(List.of());
        }
      }
    }
    if (known.contains("inputs")) {
      get(m, "inputs").flatMap(n -> read.mapping(n, path.key("inputs"))).ifPresent(inputs ->
          inputs(event, inputs, path.key("inputs"), trigger));
    }
    if (known.contains("outputs")) {
      get(m, "outputs").flatMap(n -> read.mapping(n, path.key("outputs"))).ifPresent(outputs -> {
        for (YamlMapping.Entry entry : outputs.entries()) {
          DocPath here = path.key("outputs").key(entry.name());
          read.mapping(entry.value(), here).ifPresent(o -> {
            WorkflowOutput.Builder output = WorkflowOutput.builder();
            string(o, "description", here).ifPresent(output::description);
            Optional<String> value = string(o, "value", here);
            if (value.isEmpty()) {
              read.error(entry.key(), here, "output '" + entry.name() + "' has no value",
                  "add 'value: ${{ jobs.<job>.outputs.<name> }}'");
              return;
            }
            output.value(value.get());
            output.putAllExtensions(unknown(o, here, List.of("description", "value")));
            build(entry.value(), here, output::build).ifPresent(out -> trigger.putOutput(entry.name(), out));
          });
        }
      });
    }
    if (known.contains("secrets")) {
      get(m, "secrets").flatMap(n -> read.mapping(n, path.key("secrets"))).ifPresent(secrets -> {
        for (YamlMapping.Entry entry : secrets.entries()) {
          DocPath here = path.key("secrets").key(entry.name());
          WorkflowSecret.Builder secret = WorkflowSecret.builder();
          read.mapping(entry.value(), here).ifPresent(s -> {
            string(s, "description", here).ifPresent(secret::description);
            bool(s, "required", here).ifPresent(secret::required);
            secret.putAllExtensions(unknown(s, here, List.of("description", "required")));
          });
          build(entry.value(), here, secret::build).ifPresent(s -> trigger.putSecret(entry.name(), s));
        }
      });
    }
    return build(node, path, trigger::build);
  }

  private void inputs(String event, YamlMapping inputs, DocPath path, Trigger.Builder trigger) {
    boolean call = event.equals("workflow_call");
    for (YamlMapping.Entry entry : inputs.entries()) {
      DocPath here = path.key(entry.name());
      Optional<YamlMapping> mapping = read.mapping(entry.value(), here);
      Input.Builder input = Input.builder();
      if (mapping.isPresent()) {
        YamlMapping m = mapping.get();
        string(m, "description", here).ifPresent(input::description);
        string(m, "deprecationMessage", here).ifPresent(input::deprecationMessage);
        bool(m, "required", here).ifPresent(input::required);
        Optional<InputType> type = Optional.empty();
        Optional<String> typeText = string(m, "type", here);
        if (typeText.isPresent()) {
          type = InputType.parse(typeText.get());
          List<String> allowed = call ? List.of("string", "boolean", "number")
              : List.of("string", "boolean", "number", "choice", "environment");
          if (type.isEmpty() || !allowed.contains(typeText.get())) {
            read.error(m.get("type").get(), here.key("type"), "input type '" + typeText.get() + "' is not one of "
                + allowed, null);
            type = Optional.empty();
          }
        } else if (call) {
          read.error(entry.key(), here, "input '" + entry.name() + "' of workflow_call has no type",
              "add 'type: string', 'type: boolean' or 'type: number'");
          continue;
        }
        type.ifPresent(input::type);
        Optional<InputType> finalType = type;
        get(m, "default").ifPresent(d -> defaultValue(d, finalType, here.key("default")).ifPresent(input::defaultValue));
        input.addAllOptions(list(m, "options", here));
        input.putAllExtensions(unknown(m, here, call ? CALL_INPUT_KEYS : DISPATCH_INPUT_KEYS));
      } else if (call) {
        read.error(entry.key(), here, "input '" + entry.name() + "' of workflow_call has no type",
            "add 'type: string', 'type: boolean' or 'type: number'");
        continue;
      }
      build(entry.value(), here, input::build).ifPresent(i -> trigger.putInput(entry.name(), i));
    }
  }

  private Optional<String> defaultValue(YamlNode node, Optional<InputType> type, DocPath path) {
    if (node.isNull()) {
      return Optional.empty();
    }
    if (!(node instanceof YamlScalar)) {
      read.error(node, path, "'" + path + "' must be a single value, not a " + node.kindName(), null);
      return Optional.empty();
    }
    YamlScalar scalar = (YamlScalar) node;
    boolean expression = scalar.value().contains("${{");
    if (type.isPresent() && !expression) {
      YamlScalar.Kind kind = scalar.kind();
      String problem = null;
      switch (type.get()) {
        case BOOLEAN:
          problem = kind == YamlScalar.Kind.BOOLEAN ? null : "must be true or false without quotes";
          break;
        case NUMBER:
          problem = kind == YamlScalar.Kind.INTEGER || kind == YamlScalar.Kind.FLOAT ? null
              : "must be a number without quotes";
          break;
        default:
          problem = kind == YamlScalar.Kind.STRING ? null
              : "must be a string; quote it: '" + scalar.value() + "'";
      }
      if (problem != null) {
        read.error(node, path, "default " + describe(node) + " of a " + type.get().text() + " input " + problem, null);
        if (type.get() == InputType.BOOLEAN || type.get() == InputType.NUMBER) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(scalar.value());
  }

  private Optional<Trigger> schedule(YamlNode node, DocPath path) {
    Trigger.Builder trigger = Trigger.builder().event("schedule");
    Optional<YamlSequence> sequence = node.asSequence();
    if (sequence.isEmpty()) {
      read.error(node, path, "'on.schedule' must be a list of cron entries: '- cron: \"0 3 * * 1\"'", null);
      return Optional.empty();
    }
    List<YamlNode> items = sequence.get().items();
    for (int i = 0; i < items.size(); i++) {
      DocPath here = path.index(i);
      read.mapping(items.get(i), here).ifPresent(entry -> {
        Optional<String> cron = string(entry, "cron", here);
        if (cron.isEmpty()) {
          read.error(entry, here, "schedule entry has no cron", "add 'cron: \"0 3 * * 1\"'");
          return;
        }
        Optional<String> problem = Cron.problem(cron.get());
        if (problem.isPresent()) {
          read.error(entry.get("cron").get(), here.key("cron"), "schedule " + problem.get(), null);
          return;
        }
        Cron.Builder builder = Cron.builder().expression(cron.get());
        string(entry, "timezone", here).ifPresent(builder::timezone);
        builder.putAllExtensions(unknown(entry, here, List.of("cron", "timezone")));
        build(entry, here, builder::build).ifPresent(trigger::addSchedule);
      });
    }
    return build(node, path, trigger::build);
  }

  // ---- shared parts

  private Optional<String> cacheMode(YamlMapping mapping, DocPath path) {
    Optional<String> mode = string(mapping, "cache-mode", path);
    if (mode.isPresent() && !List.of("read", "write", "write-only", "none").contains(mode.get())
        && !mode.get().contains("${{")) {
      read.error(mapping.get("cache-mode").get(), path.key("cache-mode"), "cache-mode '" + mode.get()
          + "' is not one of read, write, write-only, none", null);
      return Optional.empty();
    }
    return mode;
  }

  private Optional<Permissions> permissions(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar && !node.isNull()) {
      String text = ((YamlScalar) node).value();
      if (text.equals("read-all")) {
        return Optional.of(Permissions.readAll());
      }
      if (text.equals("write-all")) {
        return Optional.of(Permissions.writeAll());
      }
      read.error(node, path, "'" + path + "' must be read-all, write-all or a mapping of scopes, not "
          + describe(node), "use read-all, write-all, {} or 'contents: read' lines");
      return Optional.empty();
    }
    if (!(node instanceof YamlMapping)) {
      read.error(node, path, "'" + path + "' must be read-all, write-all or a mapping of scopes, not "
          + (node.isNull() ? "empty" : "a " + node.kindName()), "use {} for no access");
      return Optional.empty();
    }
    YamlMapping mapping = (YamlMapping) node;
    Permissions.Builder permissions = Permissions.builder();
    read.unknownKeys(mapping, path, Permissions.SCOPES);
    for (YamlMapping.Entry entry : mapping.entries()) {
      if (!Permissions.SCOPES.contains(entry.name())) {
        continue;
      }
      DocPath here = path.key(entry.name());
      Optional<String> level = read.string(entry.value(), here);
      Optional<Access> access = level.flatMap(Access::parse);
      boolean models = entry.name().equals("models");
      if (access.isEmpty() || models && access.get() == Access.WRITE) {
        read.error(entry.value(), here, "permission '" + entry.name() + "' must be "
            + (models ? "read or none" : "read, write or none") + ", not " + describe(entry.value()), null);
        continue;
      }
      permissions.putScope(entry.name(), access.get());
    }
    return build(node, path, permissions::build);
  }

  private Optional<Defaults> defaults(YamlNode node, DocPath path) {
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    Defaults.Builder defaults = Defaults.builder();
    defaults.putAllOuterExtensions(unknown(mapping.get(), path, List.of("run")));
    get(mapping.get(), "run").flatMap(run -> read.mapping(run, path.key("run"))).ifPresent(run -> {
      DocPath here = path.key("run");
      string(run, "shell", here).ifPresent(defaults::shell);
      string(run, "working-directory", here).ifPresent(defaults::workingDirectory);
      defaults.putAllExtensions(unknown(run, here, List.of("shell", "working-directory")));
    });
    return build(node, path, defaults::build);
  }

  private Optional<Concurrency> concurrency(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar && !node.isNull()) {
      return build(node, path, () -> Concurrency.group(((YamlScalar) node).value()));
    }
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      if (node.isNull()) {
        read.error(node, path, "'" + path + "' is empty; give a group name", null);
      }
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    Optional<String> group = string(m, "group", path);
    if (group.isEmpty()) {
      read.error(m, path, "'" + path + "' has no group", "add 'group: ${{ github.workflow }}-${{ github.ref }}'");
      return Optional.empty();
    }
    Concurrency.Builder concurrency = Concurrency.builder().group(group.get());
    boolOrExpression(m, "cancel-in-progress", path).ifPresent(concurrency::cancelInProgress);
    string(m, "queue", path).ifPresent(queue -> {
      if (!queue.equals("single") && !queue.equals("max")) {
        read.error(m.get("queue").get(), path.key("queue"), "concurrency queue must be single or max, not '"
            + queue + "'", null);
      }
      concurrency.queue(queue);
    });
    concurrency.putAllExtensions(unknown(m, path, List.of("group", "cancel-in-progress", "queue")));
    return build(node, path, concurrency::build);
  }

  // ---- jobs

  private void jobs(YamlNode node, DocPath path, Map<String, Job> jobs, Set<String> declared) {
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
      if (!JOB_ID.matcher(entry.name()).matches()) {
        read.error(entry.key(), here, "job id '" + entry.name() + "' must start with a letter or '_' and contain "
            + "only letters, digits, '-' and '_'", "rename the job");
        continue;
      }
      if (jobs.containsKey(entry.name())) {
        continue;
      }
      job(entry.value(), here).ifPresent(job -> jobs.put(entry.name(), job));
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
    string(m, "name", path).ifPresent(job::name);
    get(m, "permissions").flatMap(p -> permissions(p, path.key("permissions"))).ifPresent(job::permissions);
    cacheMode(m, path).ifPresent(job::cacheMode);
    List<String> needs = list(m, "needs", path);
    for (String need : needs) {
      if (!JOB_ID.matcher(need).matches()) {
        read.error(m.get("needs").get(), path.key("needs"), "needs '" + need + "' is not a job id", null);
      } else {
        job.addNeed(need);
      }
    }
    condition(m, path).ifPresent(job::condition);
    get(m, "strategy").flatMap(s -> strategy(s, path.key("strategy"))).ifPresent(job::strategy);
    get(m, "concurrency").flatMap(c -> concurrency(c, path.key("concurrency"))).ifPresent(job::concurrency);
    boolean[] invalidUses = {false};
    if (call) {
      string(m, "uses", path).ifPresent(uses -> {
        if (!ActionRef.isWorkflowUses(uses)) {
          read.error(m.get("uses").get(), path.key("uses"), "job uses '" + uses + "' must name a workflow file: "
              + "'owner/repo/.github/workflows/file.yml@ref' or './.github/workflows/file.yml'", null);
          invalidUses[0] = true;
        } else {
          build(m.get("uses").get(), path.key("uses"), () -> actionRef(uses, m.get("uses").get())).ifPresent(job::uses);
        }
      });
      scalarMap(m, "with", path, job::putAllWith, job::withExpression);
      get(m, "secrets").ifPresent(secrets -> {
        if (secrets instanceof YamlScalar && ((YamlScalar) secrets).value().equals("inherit")) {
          job.inheritSecrets(true);
        } else {
          scalarMap(m, "secrets", path, job::putAllSecrets, expression -> {
            read.error(secrets, path.key("secrets"), "'" + path.key("secrets") + "' must be 'inherit' or a mapping",
                null);
            extensions.put("secrets", secrets);
          });
        }
      });
    } else {
      Optional<YamlNode> runsOn = get(m, "runs-on");
      if (runsOn.isEmpty() || runsOn.get().isNull()) {
        read.error(runsOn.isPresent() ? m.entry("runs-on").get().key() : m, path.key("runs-on"), "job '"
            + path.last() + "' has no runs-on", "add 'runs-on: ubuntu-latest' (or the label of your runner)");
        broken = true;
      } else {
        Optional<RunsOn> runner = runsOn(runsOn.get(), path.key("runs-on"));
        runner.ifPresent(job::runsOn);
        broken = runner.isEmpty();
      }
      get(m, "snapshot").ifPresent(job::snapshot);
      get(m, "environment").flatMap(e -> environment(e, path.key("environment"))).ifPresent(job::environment);
      get(m, "outputs").ifPresent(o -> job.putAllOutputs(read.stringMap(o, path.key("outputs"))));
      scalarMap(m, "env", path, job::putAllEnv, job::envExpression);
      get(m, "defaults").flatMap(d -> defaults(d, path.key("defaults"))).ifPresent(job::defaults);
      numberOrExpression(m, "timeout-minutes", path).ifPresent(job::timeoutMinutes);
      boolOrExpression(m, "continue-on-error", path).ifPresent(job::continueOnError);
      get(m, "container").flatMap(c -> container(c, path.key("container"), true)).ifPresent(job::container);
      get(m, "services").flatMap(s -> read.mapping(s, path.key("services"))).ifPresent(services -> {
        for (YamlMapping.Entry entry : services.entries()) {
          container(entry.value(), path.key("services").key(entry.name()), false)
              .ifPresent(c -> job.putService(entry.name(), c));
        }
      });
      get(m, "steps").ifPresent(steps -> job.addAllSteps(steps(steps, path.key("steps"))));
    }
    job.putAllExtensions(extensions);
    return broken || invalidUses[0] ? Optional.empty() : build(node, path, job::build);
  }

  private ActionRef actionRef(String text, YamlNode node) {
    ActionRef.Builder ref = ActionRef.builder().text(text);
    comment(node).ifPresent(ref::comment);
    return ref.build();
  }

  /** The comment on the same line after a scalar, such as the version after a SHA pin. */
  private Optional<String> comment(YamlNode node) {
    if (node.span().isEmpty()) {
      return Optional.empty();
    }
    Span span = node.span().get();
    if (span.end().line() != span.start().line()) {
      return Optional.empty();
    }
    String line = source.line(span.start().line());
    int offset = span.end().offset() - source.lineStart(span.start().line());
    if (offset < 0 || offset > line.length()) {
      return Optional.empty();
    }
    String rest = line.substring(offset);
    int hash = rest.indexOf('#');
    if (hash < 0 || !rest.substring(0, hash).isBlank() || hash == 0 && offset > 0
        && !Character.isWhitespace(line.charAt(offset - 1))) {
      return Optional.empty();
    }
    String comment = rest.substring(hash + 1).strip();
    return comment.isEmpty() ? Optional.empty() : Optional.of(comment);
  }

  private Optional<RunsOn> runsOn(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar) {
      return build(node, path, () -> RunsOn.label(((YamlScalar) node).value()));
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
    string(m, "group", path).ifPresent(runsOn::group);
    runsOn.addAllLabels(list(m, "labels", path));
    runsOn.putAllExtensions(unknown(m, path, List.of("group", "labels")));
    return build(node, path, runsOn::build);
  }

  private Optional<Environment> environment(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar && !node.isNull()) {
      return build(node, path, () -> Environment.named(((YamlScalar) node).value()));
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
    Environment.Builder environment = Environment.builder().name(name.get());
    string(m, "url", path).ifPresent(environment::url);
    boolOrExpression(m, "deployment", path).ifPresent(environment::deployment);
    environment.putAllExtensions(unknown(m, path, List.of("name", "url", "deployment")));
    return build(node, path, environment::build);
  }

  private Optional<Container> container(YamlNode node, DocPath path, boolean job) {
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
    get(m, "credentials").flatMap(c -> read.mapping(c, path.key("credentials"))).ifPresent(c -> {
      DocPath here = path.key("credentials");
      Credentials.Builder credentials = Credentials.builder();
      string(c, "username", here).ifPresent(credentials::username);
      string(c, "password", here).ifPresent(credentials::password);
      credentials.putAllExtensions(unknown(c, here, List.of("username", "password")));
      build(c, here, credentials::build).ifPresent(container::credentials);
    });
    scalarMap(m, "env", path, container::putAllEnv, container::envExpression);
    container.addAllPorts(list(m, "ports", path));
    container.addAllVolumes(list(m, "volumes", path));
    string(m, "options", path).ifPresent(container::options);
    if (!job) {
      string(m, "command", path).ifPresent(container::command);
      string(m, "entrypoint", path).ifPresent(container::entrypoint);
    }
    container.putAllExtensions(unknown(m, path, job ? CONTAINER_KEYS : SERVICE_KEYS));
    return build(node, path, container::build);
  }

  private Optional<Strategy> strategy(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar && ((YamlScalar) node).value().contains("${{")) {
      return build(node, path, () -> Strategy.builder().expression(((YamlScalar) node).value()).build());
    }
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    Strategy.Builder strategy = Strategy.builder();
    get(m, "matrix").flatMap(x -> matrix(x, path.key("matrix"))).ifPresent(strategy::matrix);
    Optional<YamlNode> failFast = get(m, "fail-fast");
    failFast.flatMap(f -> read.string(f, path.key("fail-fast"))).ifPresent(strategy::failFast);
    numberOrExpression(m, "max-parallel", path).ifPresent(strategy::maxParallel);
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
          read.mapping(item, here.index(i)).ifPresent(combination -> {
            Map<String, YamlNode> values = new LinkedHashMap<>();
            combination.entries().forEach(e -> values.putIfAbsent(e.name(), e.value()));
            if (include) {
              matrix.addInclude(values);
            } else {
              matrix.addExclude(values);
            }
          });
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

  private List<Step> steps(YamlNode node, DocPath path) {
    List<Step> steps = new ArrayList<>();
    Optional<YamlSequence> sequence = node.asSequence();
    if (sequence.isEmpty()) {
      if (!node.isNull()) {
        read.error(node, path, "'" + path + "' must be a list of steps, not " + describe(node), null);
      }
      return steps;
    }
    List<YamlNode> items = sequence.get().items();
    for (int i = 0; i < items.size(); i++) {
      step(items.get(i), path.index(i)).ifPresent(steps::add);
    }
    return steps;
  }

  private Optional<Step> step(YamlNode node, DocPath path) {
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      if (node.isNull()) {
        read.error(node, path, "step '" + path + "' is empty; give it run or uses", null);
      }
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    Step.Builder step = Step.builder();
    string(m, "name", path).ifPresent(step::name);
    string(m, "id", path).ifPresent(step::id);
    condition(m, path).ifPresent(step::condition);
    get(m, "uses").flatMap(u -> read.string(u, path.key("uses"))).ifPresent(uses ->
        build(m.get("uses").get(), path.key("uses"), () -> actionRef(uses, m.get("uses").get())).ifPresent(step::uses));
    scalarMap(m, "with", path, step::putAllWith, step::withExpression);
    string(m, "run", path).ifPresent(step::run);
    string(m, "shell", path).ifPresent(step::shell);
    string(m, "working-directory", path).ifPresent(step::workingDirectory);
    scalarMap(m, "env", path, step::putAllEnv, step::envExpression);
    boolOrExpression(m, "continue-on-error", path).ifPresent(step::continueOnError);
    numberOrExpression(m, "timeout-minutes", path).ifPresent(step::timeoutMinutes);
    bool(m, "background", path).ifPresent(step::background);
    if (m.has("wait")) {
      List<String> wait = list(m, "wait", path);
      if (wait.isEmpty()) {
        read.error(m.get("wait").get(), path.key("wait"), "'" + path.key("wait") + "' names no step", null);
      }
      step.addAllAwait(wait);
    }
    get(m, "wait-all").ifPresent(w -> step.waitAll(w.isNull() || read.bool(w, path.key("wait-all")).orElse(true)));
    string(m, "cancel", path).ifPresent(step::cancel);
    get(m, "parallel").ifPresent(p -> step.addAllParallel(steps(p, path.key("parallel"))));
    step.putAllExtensions(unknown(m, path, STEP_KEYS));
    return build(node, path, step::build);
  }

  // ---- expressions

  private void expressions(YamlNode node, DocPath path, int depth) {
    if (node == null || depth > 200) {
      return;
    }
    if (node instanceof YamlMapping) {
      for (YamlMapping.Entry entry : ((YamlMapping) node).entries()) {
        boolean condition = entry.name().equals("if");
        if (!condition && inert(entry.value())) {
          continue;
        }
        DocPath here = path.key(entry.name());
        if (condition && entry.value() instanceof YamlScalar && isCondition(here)) {
          condition((YamlScalar) entry.value(), here);
        } else {
          expressions(entry.value(), here, depth + 1);
        }
      }
    } else if (node instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) node).items();
      for (int i = 0; i < items.size(); i++) {
        if (!inert(items.get(i))) {
          expressions(items.get(i), path.index(i), depth + 1);
        }
      }
    } else if (node instanceof YamlScalar && ((YamlScalar) node).kind() == YamlScalar.Kind.STRING) {
      YamlScalar scalar = (YamlScalar) node;
      for (var problem : Expressions.scan(scalar.value())) {
        expressionFinding(scalar, path, problem.offset(), problem.message());
      }
    }
  }

  /** A scalar that holds no expression to check: most values, passed over without making their path. */
  private static boolean inert(YamlNode node) {
    return node instanceof YamlScalar && (((YamlScalar) node).kind() != YamlScalar.Kind.STRING
        || !((YamlScalar) node).value().contains("${{"));
  }

  private static boolean isCondition(DocPath path) {
    List<Object> segments = path.segments();
    return segments.size() >= 3 && "jobs".equals(segments.get(0));
  }

  private void condition(YamlScalar scalar, DocPath path) {
    String text = scalar.value();
    if (scalar.kind() != YamlScalar.Kind.STRING) {
      return;
    }
    if (text.contains("${{")) {
      for (var problem : Expressions.scan(text)) {
        expressionFinding(scalar, path, problem.offset(), problem.message());
      }
      return;
    }
    Expressions.parse(text).ifPresent(problem -> expressionFinding(scalar, path, problem.offset(), problem.message()));
  }

  /**
   * Reports an expression problem at its column: the offset in the scalar's value is mapped back to the file,
   * exactly for plain and quoted one-line scalars, and at the {@code ${{} that holds the problem for blocks.
   */
  private void expressionFinding(YamlScalar scalar, DocPath path, int offset, String message) {
    Span span = scalar.span().orElse(null);
    String fix = "check the expression syntax: contexts, 'strings' in single quotes, operators and closing '}}'";
    if (span == null) {
      read.report(EXPRESSION, Severity.ERROR, scalar, path, "invalid expression in '" + path + "': " + message, fix);
      return;
    }
    int start = span.start().offset();
    int sourceOffset = start + offset;
    if (scalar.style() == YamlScalar.Style.SINGLE_QUOTED || scalar.style() == YamlScalar.Style.DOUBLE_QUOTED) {
      sourceOffset = start + 1 + offset;
    }
    if (scalar.style() == YamlScalar.Style.LITERAL || scalar.style() == YamlScalar.Style.FOLDED
        || scalar.value().indexOf('\n') >= 0) {
      String value = scalar.value();
      int occurrence = countBefore(value, offset);
      sourceOffset = nthIndex(source.text(), span.start().offset(), span.end().offset(), occurrence, start + offset);
    }
    Span at = Span.at(source.position(Math.min(sourceOffset, source.text().length())));
    extra.add(Finding.builder().ruleId(EXPRESSION).severity(Severity.ERROR)
        .message("invalid expression in '" + path + "': " + message).fix(fix)
        .location(new Location(source.path(), Optional.of(at), path)).build());
  }

  private static int countBefore(String value, int offset) {
    int count = 0;
    int from = 0;
    while (true) {
      int at = value.indexOf("${{", from);
      if (at < 0 || at > offset) {
        return Math.max(0, count - 1);
      }
      count++;
      from = at + 3;
    }
  }

  private static int nthIndex(String text, int from, int to, int n, int fallback) {
    int at = from;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf("${{", at);
      if (at < 0 || at > to) {
        return fallback;
      }
      if (i < n) {
        at += 3;
      }
    }
    return at;
  }
}
