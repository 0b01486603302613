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
import dev.devopskit.github.expression.ExpressionProblem;
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
  /** Filters of push and pull request events, and (at the same index) the filters that exclude each of them. */
  private static final List<String> FILTERS = List.of("branches", "tags", "paths");
  private static final List<String> IGNORE_FILTERS = List.of("branches-ignore", "tags-ignore", "paths-ignore");
  private static final List<String> CACHE_MODES = List.of("read", "write", "write-only", "none");
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
    String path = source.path();
    String file = path.substring(path.lastIndexOf('/') + 1);
    String fileName = file.endsWith(".yml") || file.endsWith(".yaml") ? file : null;
    Workflow workflow;
    try {
      workflow = reader.workflow(document.root().orElse(null), fileName);
      reader.expressions(document.root().orElse(null), DocPath.root(), 0);
    } catch (RuntimeException | StackOverflowError e) {
      reader.read.error(document.root().orElse(null), DocPath.root(),
          "the workflow could not be read (" + e.getClass().getSimpleName() + "); please report this file", null);
      workflow = Workflow.builder().build();
    }
    List<Finding> findings = new ArrayList<>(yaml.findings());
    findings.addAll(reader.read.findings());
    findings.addAll(reader.extra);
    if (fileName != null) {
      // the same workflow when the reader built it with its name; a checked copy only on the other ways out
      workflow = workflow.withFileName(fileName);
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
      return invalid(at, path, e);
    }
  }

  /**
   * Reports a value its builder rejected (the grammar checks of the model) and gives no value. The readers of the
   * parts every file has (workflow, job, step, trigger) call their builder directly and this on failure, rather
   * than {@link #build} with a method reference: a cold run pays for each lambda it creates and links.
   */
  private <T> Optional<T> invalid(YamlNode at, DocPath path, RuntimeException e) {
    read.error(at, path, "'" + (path.isRoot() ? "workflow" : path.toString()) + "': " + e.getMessage(), null);
    return Optional.empty();
  }

  private Optional<Job> build(Job.Builder job, YamlNode at, DocPath path) {
    try {
      return Optional.of(job.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(at, path, e);
    }
  }

  private Optional<Step> build(Step.Builder step, YamlNode at, DocPath path) {
    try {
      return Optional.of(step.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(at, path, e);
    }
  }

  private Optional<Trigger> build(Trigger.Builder trigger, YamlNode at, DocPath path) {
    try {
      return Optional.of(trigger.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(at, path, e);
    }
  }

  private Map<String, YamlNode> unknown(YamlMapping mapping, DocPath path, Collection<String> known) {
    List<YamlMapping.Entry> unknown = read.unknownKeys(mapping, path, known);
    if (unknown.isEmpty()) {
      return Map.of();
    }
    Map<String, YamlNode> extensions = new LinkedHashMap<>();
    for (YamlMapping.Entry entry : unknown) {
      extensions.putIfAbsent(entry.name(), entry.value());
    }
    return extensions;
  }

  private static Optional<YamlNode> get(YamlMapping mapping, String key) {
    return mapping.get(key);
  }

  /** The value of a key, or null when the mapping has no such key. */
  private static YamlNode valueOf(YamlMapping mapping, String key) {
    return mapping.get(key).orElse(null);
  }

  private Optional<String> string(YamlMapping mapping, String key, DocPath path) {
    YamlNode node = valueOf(mapping, key);
    if (node instanceof YamlScalar && !node.isNull()) {
      // the common case, without making the path that only a finding would show
      return Optional.of(((YamlScalar) node).value());
    }
    return node == null ? Optional.empty() : read.string(node, path.key(key));
  }

  private Optional<Boolean> bool(YamlMapping mapping, String key, DocPath path) {
    YamlNode node = valueOf(mapping, key);
    return node == null ? Optional.empty() : read.bool(node, path.key(key));
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
    YamlNode node = valueOf(mapping, key);
    return node == null ? List.of() : read.stringList(node, path.key(key));
  }

  private static String describe(YamlNode node) {
    return node instanceof YamlScalar ? "'" + ((YamlScalar) node).value() + "'" : "a " + node.kindName();
  }

  /**
   * A map of scalars ({@code env}, {@code with}, {@code secrets}) as read: its values, or the one expression
   * written instead (null when there is none). The builders take both as they are: an empty map adds nothing and
   * a null expression leaves it unset.
   */
  private record ScalarMap(Map<String, String> values, String expression) {
    static final ScalarMap NONE = new ScalarMap(Map.of(), null);
  }

  /**
   * Reads a map of scalars or one expression ({@code env}, {@code with}, {@code secrets}); values may be
   * strings, numbers or booleans, kept as the text GitHub passes on ({@code 20.10} is {@code 20.1}).
   */
  private ScalarMap scalarMap(YamlMapping mapping, String key, DocPath path) {
    YamlNode node = valueOf(mapping, key);
    if (node == null || node.isNull()) {
      return ScalarMap.NONE;
    }
    DocPath here = path.key(key);
    if (node instanceof YamlScalar) {
      String text = ((YamlScalar) node).value();
      if (text.contains("${{")) {
        return new ScalarMap(Map.of(), text);
      }
      read.error(node, here, "'" + here + "' must be a mapping of names to values or an expression "
          + "${{ }}, not " + describe(node), "write it as a mapping: '" + key + ":' then 'NAME: value' lines");
      return ScalarMap.NONE;
    }
    Map<String, String> values = new LinkedHashMap<>();
    YamlMapping m = read.mapping(node, here).orElse(null);
    if (m != null) {
      for (YamlMapping.Entry entry : m.entries()) {
        YamlNode value = entry.value();
        if (value.isNull()) {
          values.putIfAbsent(entry.name(), "");
        } else if (value instanceof YamlScalar) {
          values.putIfAbsent(entry.name(), ((YamlScalar) value).asText());
        } else {
          read.error(value, here.key(entry.name()), "'" + here.key(entry.name()) + "' must be a string, number or "
              + "boolean, not a " + value.kindName(), "quote it, or pass structured data with toJSON(...)");
        }
      }
    }
    return new ScalarMap(values, null);
  }

  // ---- workflow

  /** Reads the workflow at the root; {@code fileName} (null when the file has no workflow file name) is set too. */
  private Workflow workflow(YamlNode root, String fileName) {
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
    // Optional parts are set as read: the builders take Optional.empty() as "not set".
    workflow.name(string(top, "name", path));
    workflow.runName(string(top, "run-name", path));
    YamlNode on = valueOf(top, "on");
    if (on != null) {
      workflow.addAllOn(on(on, path.key("on")));
    }
    workflow.permissions(permissions(valueOf(top, "permissions"), path.key("permissions")));
    workflow.cacheMode(cacheMode(top, path));
    ScalarMap env = scalarMap(top, "env", path);
    workflow.putAllEnv(env.values()).envExpression(env.expression());
    workflow.defaults(defaults(valueOf(top, "defaults"), path.key("defaults")));
    workflow.concurrency(concurrency(valueOf(top, "concurrency"), path.key("concurrency")));
    workflow.putAllExtensions(unknown(top, path, WORKFLOW_KEYS));
    Map<String, Job> jobs = new LinkedHashMap<>();
    Set<String> declared = new LinkedHashSet<>();
    YamlNode jobsNode = valueOf(top, "jobs");
    if (jobsNode != null) {
      jobs(jobsNode, path.key("jobs"), jobs, declared);
    }
    sanitizeNeeds(jobs, declared, path.key("jobs"));
    workflow.putAllJobs(jobs);
    workflow.fileName(fileName);
    try {
      return workflow.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      invalid(top, path, e);
      return Workflow.builder().build();
    }
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

  // ---- on

  private List<Trigger> on(YamlNode node, DocPath path) {
    List<Trigger> triggers = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    if (node.isNull()) {
      read.error(node, path, "'on' is empty; name at least one event such as push", null);
      return triggers;
    }
    if (node instanceof YamlScalar) {
      addIfPresent(triggers, event(node, ((YamlScalar) node).value(), path));
      return triggers;
    }
    if (node instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) node).items();
      for (int i = 0; i < items.size(); i++) {
        Optional<String> name = read.string(items.get(i), path.index(i));
        if (name.isPresent() && seen.add(name.get())) {
          addIfPresent(triggers, event(items.get(i), name.get(), path.index(i)));
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
      addIfPresent(triggers, trigger(entry.name(), entry.value(), here));
    }
    return triggers;
  }

  private static <T> void addIfPresent(List<T> list, Optional<T> value) {
    if (value.isPresent()) {
      list.add(value.get());
    }
  }

  private Optional<Trigger> event(YamlNode node, String name, DocPath path) {
    if (!Events.isKnown(name)) {
      unknownEvent(node, name, path);
    }
    if (name.equals("schedule")) {
      read.error(node, path, "the schedule event needs cron entries: 'schedule:' then '- cron: ...'", null);
      return Optional.empty();
    }
    try {
      return Optional.of(Trigger.of(name));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(node, path, e);
    }
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
      return build(trigger, node, path);
    }
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return build(trigger, node, path);
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
    if (known.contains("names")) {
      trigger.addAllNames(list(m, "names", path));
      trigger.addAllVersions(list(m, "versions", path));
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
    for (int f = 0; f < FILTERS.size(); f++) {
      String filter = FILTERS.get(f);
      String ignore = IGNORE_FILTERS.get(f);
      if (m.has(filter) && m.has(ignore)) {
        read.error(m.entry(ignore).get().key(), path.key(ignore), "'" + path + "' has both "
            + filter + " and " + ignore + "; they exclude each other",
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
      YamlMapping inputs = mappingAt(m, "inputs", path);
      if (inputs != null) {
        inputs(event, inputs, path.key("inputs"), trigger);
      }
    }
    if (known.contains("outputs")) {
      YamlMapping outputs = mappingAt(m, "outputs", path);
      if (outputs != null) {
        outputs(outputs, path.key("outputs"), trigger);
      }
    }
    if (known.contains("secrets")) {
      YamlMapping secrets = mappingAt(m, "secrets", path);
      if (secrets != null) {
        secrets(secrets, path.key("secrets"), trigger);
      }
    }
    return build(trigger, node, path);
  }

  /** The value at a key when it is one expression, where the grammar allows one instead of a mapping. */
  private static Optional<String> expressionAt(YamlMapping mapping, String key) {
    YamlNode node = valueOf(mapping, key);
    return node instanceof YamlScalar && ((YamlScalar) node).value().contains("${{")
        ? Optional.of(((YamlScalar) node).value()) : Optional.empty();
  }

  /** The mapping at a key, or null when the key is absent or null, or holds something else (reported). */
  private YamlMapping mappingAt(YamlMapping mapping, String key, DocPath path) {
    YamlNode node = valueOf(mapping, key);
    return node == null ? null : read.mapping(node, path.key(key)).orElse(null);
  }

  private void outputs(YamlMapping outputs, DocPath path, Trigger.Builder trigger) {
    for (YamlMapping.Entry entry : outputs.entries()) {
      DocPath here = path.key(entry.name());
      YamlMapping o = read.mapping(entry.value(), here).orElse(null);
      if (o == null) {
        continue;
      }
      WorkflowOutput.Builder output = WorkflowOutput.builder();
      output.description(string(o, "description", here));
      Optional<String> value = string(o, "value", here);
      if (value.isEmpty()) {
        read.error(entry.key(), here, "output '" + entry.name() + "' has no value",
            "add 'value: ${{ jobs.<job>.outputs.<name> }}'");
        continue;
      }
      output.value(value.get());
      output.putAllExtensions(unknown(o, here, List.of("description", "value")));
      Optional<WorkflowOutput> built = build(entry.value(), here, output::build);
      if (built.isPresent()) {
        trigger.putOutput(entry.name(), built.get());
      }
    }
  }

  private void secrets(YamlMapping secrets, DocPath path, Trigger.Builder trigger) {
    for (YamlMapping.Entry entry : secrets.entries()) {
      DocPath here = path.key(entry.name());
      WorkflowSecret.Builder secret = WorkflowSecret.builder();
      YamlMapping s = read.mapping(entry.value(), here).orElse(null);
      if (s != null) {
        secret.description(string(s, "description", here));
        secret.required(bool(s, "required", here));
        secret.putAllExtensions(unknown(s, here, List.of("description", "required")));
      }
      Optional<WorkflowSecret> built = build(entry.value(), here, secret::build);
      if (built.isPresent()) {
        trigger.putSecret(entry.name(), built.get());
      }
    }
  }

  private void inputs(String event, YamlMapping inputs, DocPath path, Trigger.Builder trigger) {
    boolean call = event.equals("workflow_call");
    for (YamlMapping.Entry entry : inputs.entries()) {
      DocPath here = path.key(entry.name());
      Optional<YamlMapping> mapping = read.mapping(entry.value(), here);
      Input.Builder input = Input.builder();
      if (mapping.isPresent()) {
        YamlMapping m = mapping.get();
        input.description(string(m, "description", here));
        input.deprecationMessage(string(m, "deprecationMessage", here));
        input.required(bool(m, "required", here));
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
        input.type(type);
        YamlNode defaultNode = valueOf(m, "default");
        if (defaultNode != null) {
          input.defaultValue(defaultValue(defaultNode, type, here.key("default")));
        }
        input.addAllOptions(list(m, "options", here));
        input.putAllExtensions(unknown(m, here, call ? CALL_INPUT_KEYS : DISPATCH_INPUT_KEYS));
      } else if (call) {
        read.error(entry.key(), here, "input '" + entry.name() + "' of workflow_call has no type",
            "add 'type: string', 'type: boolean' or 'type: number'");
        continue;
      }
      Optional<Input> built = build(entry.value(), here, input::build);
      if (built.isPresent()) {
        trigger.putInput(entry.name(), built.get());
      }
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
      YamlMapping entry = read.mapping(items.get(i), here).orElse(null);
      if (entry == null) {
        continue;
      }
      Optional<String> cron = string(entry, "cron", here);
      if (cron.isEmpty()) {
        read.error(entry, here, "schedule entry has no cron", "add 'cron: \"0 3 * * 1\"'");
        continue;
      }
      Optional<String> problem = Cron.problem(cron.get());
      if (problem.isPresent()) {
        read.error(entry.get("cron").get(), here.key("cron"), "schedule " + problem.get(), null);
        continue;
      }
      Cron.Builder builder = Cron.builder().expression(cron.get());
      builder.timezone(string(entry, "timezone", here));
      builder.putAllExtensions(unknown(entry, here, List.of("cron", "timezone")));
      Optional<Cron> built = build(entry, here, builder::build);
      if (built.isPresent()) {
        trigger.addSchedule(built.get());
      }
    }
    return build(trigger, node, path);
  }

  // ---- shared parts

  private Optional<String> cacheMode(YamlMapping mapping, DocPath path) {
    Optional<String> mode = string(mapping, "cache-mode", path);
    if (mode.isPresent() && !CACHE_MODES.contains(mode.get())
        && !mode.get().contains("${{")) {
      read.error(mapping.get("cache-mode").get(), path.key("cache-mode"), "cache-mode '" + mode.get()
          + "' is not one of read, write, write-only, none", null);
      return Optional.empty();
    }
    return mode;
  }

  /** The permissions at a node; empty when the node is null (the key is absent) or wrong (reported). */
  private Optional<Permissions> permissions(YamlNode node, DocPath path) {
    if (node == null) {
      return Optional.empty();
    }
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
      Optional<Access> access = level.isPresent() ? Access.parse(level.get()) : Optional.empty();
      boolean models = entry.name().equals("models");
      if (access.isEmpty() || models && access.get() == Access.WRITE) {
        read.error(entry.value(), here, "permission '" + entry.name() + "' must be "
            + (models ? "read or none" : "read, write or none") + ", not " + describe(entry.value()), null);
        continue;
      }
      permissions.putScope(entry.name(), access.get());
    }
    try {
      return Optional.of(permissions.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(node, path, e);
    }
  }

  /** The defaults at a node; empty when the node is null (the key is absent) or wrong (reported). */
  private Optional<Defaults> defaults(YamlNode node, DocPath path) {
    Optional<YamlMapping> mapping = node == null ? Optional.empty() : read.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    Defaults.Builder defaults = Defaults.builder();
    defaults.putAllOuterExtensions(unknown(mapping.get(), path, List.of("run")));
    YamlMapping run = mappingAt(mapping.get(), "run", path);
    if (run != null) {
      DocPath here = path.key("run");
      defaults.shell(string(run, "shell", here));
      defaults.workingDirectory(string(run, "working-directory", here));
      defaults.putAllExtensions(unknown(run, here, List.of("shell", "working-directory")));
    }
    return build(node, path, defaults::build);
  }

  /** The concurrency at a node; empty when the node is null (the key is absent) or wrong (reported). */
  private Optional<Concurrency> concurrency(YamlNode node, DocPath path) {
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof YamlScalar && !node.isNull()) {
      try {
        return Optional.of(Concurrency.group(((YamlScalar) node).value()));
      } catch (IllegalArgumentException | IllegalStateException e) {
        return invalid(node, path, e);
      }
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
    concurrency.cancelInProgress(boolOrExpression(m, "cancel-in-progress", path));
    Optional<String> queue = string(m, "queue", path);
    if (queue.isPresent()) {
      if (!queue.get().equals("single") && !queue.get().equals("max")) {
        read.error(m.get("queue").get(), path.key("queue"), "concurrency queue must be single or max, not '"
            + queue.get() + "'", null);
      }
      concurrency.queue(queue.get());
    }
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
    job.permissions(permissions(valueOf(m, "permissions"), path.key("permissions")));
    job.cacheMode(cacheMode(m, path));
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
    job.concurrency(concurrency(valueOf(m, "concurrency"), path.key("concurrency")));
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
          job.uses(actionRef(uses.get(), usesNode, path.key("uses")));
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
      job.defaults(defaults(valueOf(m, "defaults"), path.key("defaults")));
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
        job.addAllSteps(steps(steps, path.key("steps")));
      }
    }
    job.putAllExtensions(extensions);
    return broken || invalidUses ? Optional.empty() : build(job, node, path);
  }

  /** The action or workflow a step or job uses, with the comment after it (the version of a pinned SHA). */
  private Optional<ActionRef> actionRef(String text, YamlNode node, DocPath path) {
    if (text.contains("${{")) {
      // kept as written (it prints back), with the error GitHub gives
      read.error(node, path, "'" + path + "' cannot be an expression: GitHub reads uses before it evaluates "
          + "expressions", "name the action or workflow itself, and choose between several with 'if:'");
    }
    try {
      ActionRef.Builder ref = ActionRef.builder().text(text);
      ref.comment(comment(node));
      return Optional.of(ref.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(node, path, e);
    }
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
  private Optional<Environment> environment(YamlNode node, DocPath path) {
    if (node == null) {
      return Optional.empty();
    }
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
      addIfPresent(steps, step(items.get(i), path.index(i)));
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
    // Optional parts are set as read: the builders take Optional.empty() as "not set".
    step.name(string(m, "name", path));
    step.id(string(m, "id", path));
    step.condition(condition(m, path));
    Optional<String> uses = string(m, "uses", path);
    if (uses.isPresent()) {
      step.uses(actionRef(uses.get(), valueOf(m, "uses"), path.key("uses")));
    }
    ScalarMap with = scalarMap(m, "with", path);
    step.putAllWith(with.values()).withExpression(with.expression());
    step.run(string(m, "run", path));
    step.shell(string(m, "shell", path));
    step.workingDirectory(string(m, "working-directory", path));
    ScalarMap env = scalarMap(m, "env", path);
    step.putAllEnv(env.values()).envExpression(env.expression());
    step.continueOnError(boolOrExpression(m, "continue-on-error", path));
    step.timeoutMinutes(numberOrExpression(m, "timeout-minutes", path));
    step.background(bool(m, "background", path));
    if (m.has("wait")) {
      List<String> wait = list(m, "wait", path);
      if (wait.isEmpty()) {
        read.error(m.get("wait").get(), path.key("wait"), "'" + path.key("wait") + "' names no step", null);
      }
      step.addAllAwait(wait);
    }
    YamlNode waitAll = valueOf(m, "wait-all");
    if (waitAll != null) {
      step.waitAll(waitAll.isNull() || read.bool(waitAll, path.key("wait-all")).orElse(true));
    }
    step.cancel(string(m, "cancel", path));
    YamlNode parallel = valueOf(m, "parallel");
    if (parallel != null) {
      step.addAllParallel(steps(parallel, path.key("parallel")));
    }
    step.putAllExtensions(unknown(m, path, STEP_KEYS));
    return build(step, node, path);
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
    Optional<ExpressionProblem> problem = Expressions.parse(text);
    if (problem.isPresent()) {
      expressionFinding(scalar, path, problem.get().offset(), problem.get().message());
    }
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
