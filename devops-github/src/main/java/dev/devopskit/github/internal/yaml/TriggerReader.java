package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.github.workflow.Cron;
import dev.devopskit.github.workflow.Events;
import dev.devopskit.github.workflow.Input;
import dev.devopskit.github.workflow.InputType;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.WorkflowOutput;
import dev.devopskit.github.workflow.WorkflowSecret;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a workflow's {@code on}: events, their filters, inputs, outputs, secrets and schedules. */
final class TriggerReader extends FieldReader {
  private static final Set<String> DISPATCH_INPUT_KEYS = ordered("description", "deprecationMessage", "required",
      "default", "type", "options");
  /** Events whose keys GitHub checks; other events ignore keys they do not know. */
  private static final Set<String> STRICT_EVENTS = Set.of("push", "pull_request", "pull_request_target",
      "workflow_dispatch", "workflow_call", "workflow_run");
  private static final Set<String> CALL_INPUT_KEYS = ordered("description", "required", "default", "type");
  /** Filters of push and pull request events, and (at the same index) the filters that exclude each of them. */
  private static final List<String> FILTERS = List.of("branches", "tags", "paths");
  private static final List<String> IGNORE_FILTERS = List.of("branches-ignore", "tags-ignore", "paths-ignore");

  TriggerReader(FieldReader shared) {
    super(shared);
  }

  private Optional<Trigger> build(Trigger.Builder trigger, YamlNode at, DocPath path) {
    try {
      return Optional.of(trigger.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(at, path, e);
    }
  }

  List<Trigger> on(YamlNode node, DocPath path) {
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
    read.report(WorkflowReader.UNKNOWN_KEY, Severity.ERROR, at, path, "unknown event '" + name + "'"
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
          read.report(WorkflowReader.UNKNOWN_KEY, Severity.WARNING, entry.key(), path.key(entry.name()),
              "'" + entry.name() + "' is not a filter of " + event + "; GitHub ignores it", "remove it");
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
}
