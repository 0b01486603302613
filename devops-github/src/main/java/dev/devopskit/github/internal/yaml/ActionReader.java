package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.github.action.Action;
import dev.devopskit.github.action.ActionInput;
import dev.devopskit.github.action.ActionOutput;
import dev.devopskit.github.action.ActionRuns;
import dev.devopskit.github.action.Branding;
import dev.devopskit.github.workflow.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an action's metadata file ({@code action.yml}) into an {@link Action}: the steps of a composite action with
 * the workflow's {@link StepReader}, type and grammar errors as findings at their element, unknown keys kept (and
 * reported), never an exception.
 */
public final class ActionReader extends FieldReader {
  private static final Set<String> ACTION_KEYS = ordered("name", "description", "author", "inputs", "outputs", "runs",
      "branding");
  private static final Set<String> INPUT_KEYS = ordered("description", "required", "default", "deprecationMessage");
  private static final Set<String> OUTPUT_KEYS = ordered("description", "value");
  private static final Set<String> COMPOSITE_KEYS = ordered("using", "steps");
  private static final Set<String> DOCKER_KEYS = ordered("using", "image", "env", "entrypoint", "pre-entrypoint",
      "pre-if", "post-entrypoint", "post-if", "args");
  private static final Set<String> NODE_KEYS = ordered("using", "main", "pre", "pre-if", "post", "post-if");
  private static final List<String> USING = List.of("composite", "docker", "node12", "node16", "node20", "node24");

  private final StepReader stepReader;
  private final ExpressionChecker expressionChecker;

  private ActionReader(SourceFile source) {
    super(source);
    this.stepReader = new StepReader(this);
    this.expressionChecker = new ExpressionChecker(this);
  }

  /** Reads an action file; never throws on bad input. */
  public static Parsed<Action> read(SourceFile source) {
    Parsed<YamlDocument> yaml = Yaml.read(source);
    if (yaml.value().isEmpty()) {
      return Parsed.failed(source, yaml.findings());
    }
    YamlDocument document = yaml.value().get();
    ActionReader reader = new ActionReader(source);
    Optional<Action> action;
    try {
      action = reader.action(document.root().orElse(null));
      reader.expressionChecker.expressions(document.root().orElse(null), DocPath.root(), 0);
    } catch (RuntimeException | StackOverflowError e) {
      reader.read.error(document.root().orElse(null), DocPath.root(),
          "the action could not be read (" + e.getClass().getSimpleName() + "); please report this file", null);
      action = Optional.empty();
    }
    List<Finding> findings = new ArrayList<>(yaml.findings());
    findings.addAll(reader.read.findings());
    findings.addAll(reader.extra);
    return action.isPresent() ? Parsed.of(action.get(), source, document, findings)
        : Parsed.failed(source, findings);
  }

  private Optional<Action> action(YamlNode root) {
    if (root == null || root.isNull()) {
      read.error(root, DocPath.root(), "the action file is empty; it needs name, description and runs",
          "add 'name:', 'description:' and 'runs:' with 'using: composite' and its steps");
      return Optional.empty();
    }
    Optional<YamlMapping> mapping = read.mapping(root, DocPath.root());
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping top = mapping.get();
    DocPath path = DocPath.root();
    for (String key : List.of("name", "description")) {
      if (!top.has(key)) {
        read.error(top, path, "the action has no '" + key + "'; GitHub requires it", "add '" + key + ": ...'");
      }
    }
    Action.Builder action = Action.builder();
    action.name(string(top, "name", path));
    action.description(string(top, "description", path));
    action.author(string(top, "author", path));
    YamlMapping inputs = mappingAt(top, "inputs", path);
    if (inputs != null) {
      inputs(inputs, path.key("inputs"), action);
    }
    YamlMapping outputs = mappingAt(top, "outputs", path);
    if (outputs != null) {
      outputs(outputs, path.key("outputs"), action);
    }
    YamlMapping branding = mappingAt(top, "branding", path);
    if (branding != null) {
      DocPath here = path.key("branding");
      Branding.Builder b = Branding.builder();
      b.icon(string(branding, "icon", here));
      b.color(string(branding, "color", here));
      b.putAllExtensions(unknown(branding, here, List.of("icon", "color")));
      action.branding(build(branding, here, b::build));
    }
    action.putAllExtensions(unknown(top, path, ACTION_KEYS));
    Optional<ActionRuns> runs = top.has("runs") ? runs(valueOf(top, "runs"), path.key("runs")) : Optional.empty();
    if (!top.has("runs")) {
      read.error(top, path, "the action has no 'runs'; say how it runs",
          "add 'runs:' with 'using: composite' and 'steps:', 'using: docker' and 'image:', or 'using: node20' and "
              + "'main:'");
    }
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    action.runs(runs.get());
    return build(top, path, action::build);
  }

  private void inputs(YamlMapping inputs, DocPath path, Action.Builder action) {
    for (YamlMapping.Entry entry : inputs.entries()) {
      DocPath here = path.key(entry.name());
      ActionInput.Builder input = ActionInput.builder();
      YamlMapping m = entry.value().isNull() ? null : read.mapping(entry.value(), here).orElse(null);
      if (m != null) {
        input.description(string(m, "description", here));
        input.required(required(m, here));
        YamlNode defaultNode = valueOf(m, "default");
        if (defaultNode != null && !defaultNode.isNull()) {
          if (defaultNode instanceof YamlScalar) {
            input.defaultValue(((YamlScalar) defaultNode).value());
          } else {
            read.error(defaultNode, here.key("default"), "'" + here.key("default") + "' must be a single value, "
                + "not a " + defaultNode.kindName(), null);
          }
        }
        input.deprecationMessage(string(m, "deprecationMessage", here));
        input.putAllExtensions(unknown(m, here, INPUT_KEYS));
      }
      build(entry.value(), here, input::build).ifPresent(i -> action.putInput(entry.name(), i));
    }
  }

  /** {@code required}: a boolean; {@code 'true'} and {@code 'false'} in quotes, which GitHub takes, read as one. */
  private Optional<Boolean> required(YamlMapping m, DocPath path) {
    YamlNode node = valueOf(m, "required");
    if (node instanceof YamlScalar && (((YamlScalar) node).value().equals("true")
        || ((YamlScalar) node).value().equals("false"))) {
      return Optional.of(Boolean.parseBoolean(((YamlScalar) node).value()));
    }
    return bool(m, "required", path);
  }

  private void outputs(YamlMapping outputs, DocPath path, Action.Builder action) {
    for (YamlMapping.Entry entry : outputs.entries()) {
      DocPath here = path.key(entry.name());
      ActionOutput.Builder output = ActionOutput.builder();
      YamlMapping m = entry.value().isNull() ? null : read.mapping(entry.value(), here).orElse(null);
      if (m != null) {
        output.description(string(m, "description", here));
        output.value(string(m, "value", here));
        output.putAllExtensions(unknown(m, here, OUTPUT_KEYS));
      }
      build(entry.value(), here, output::build).ifPresent(o -> action.putOutput(entry.name(), o));
    }
  }

  private Optional<ActionRuns> runs(YamlNode node, DocPath path) {
    Optional<YamlMapping> mapping = node.isNull() ? Optional.empty() : read.mapping(node, path);
    if (mapping.isEmpty()) {
      if (node.isNull()) {
        read.error(node, path, "'runs' is empty; say how the action runs", "add 'using: composite' and 'steps:'");
      }
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    Optional<String> using = string(m, "using", path);
    if (using.isEmpty()) {
      read.error(m, path, "'runs' has no 'using'", "add 'using: composite', 'using: docker' or 'using: node20'");
      return Optional.empty();
    }
    if (!USING.contains(using.get())) {
      String suggestion = dev.devopskit.core.yaml.YamlReadContext.suggest(using.get(), USING);
      read.error(m.get("using").get(), path.key("using"), "'runs.using' is '" + using.get() + "', which GitHub "
          + "does not run", suggestion.isEmpty() ? "use composite, docker or node20" : "use '" + suggestion + "'");
    }
    ActionRuns.Builder runs = ActionRuns.builder().using(using.get());
    Set<String> known = using.get().equals("composite") ? COMPOSITE_KEYS
        : using.get().equals("docker") ? DOCKER_KEYS : NODE_KEYS;
    if (using.get().equals("composite")) {
      YamlNode steps = valueOf(m, "steps");
      if (steps == null) {
        read.error(m, path, "a composite action has no 'steps'", "add 'steps:' with at least one step");
      } else {
        List<Step> composite = stepReader.steps(steps, path.key("steps"));
        compositeShells(steps, path.key("steps"));
        runs.addAllSteps(composite);
      }
    } else if (using.get().equals("docker")) {
      requireKey(m, "image", path, "add 'image: Dockerfile' or 'image: docker://<image>:<tag>'");
      runs.image(string(m, "image", path));
      ScalarMap env = scalarMap(m, "env", path);
      runs.putAllEnv(env.values());
      if (env.expression() != null) {
        runs.putExtension("env", valueOf(m, "env"));
      }
      runs.entrypoint(string(m, "entrypoint", path));
      runs.preEntrypoint(string(m, "pre-entrypoint", path));
      runs.postEntrypoint(string(m, "post-entrypoint", path));
      runs.addAllArgs(list(m, "args", path));
    } else {
      requireKey(m, "main", path, "add 'main: dist/index.js'");
      runs.main(string(m, "main", path));
      runs.pre(string(m, "pre", path));
      runs.post(string(m, "post", path));
    }
    if (!using.get().equals("composite")) {
      runs.preIf(string(m, "pre-if", path));
      runs.postIf(string(m, "post-if", path));
    }
    runs.putAllExtensions(unknown(m, path, known));
    return build(node, path, runs::build);
  }

  private void requireKey(YamlMapping m, String key, DocPath path, String fix) {
    if (!m.has(key)) {
      read.error(m, path, "'runs' of a " + m.get("using").map(u -> ((YamlScalar) u).value()).orElse("")
          + " action has no '" + key + "'", fix);
    }
  }

  /** A composite action's {@code run} steps name their shell: there are no defaults to inherit one from. */
  private void compositeShells(YamlNode node, DocPath path) {
    List<YamlNode> items = node.asSequence().map(s -> s.items()).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      YamlMapping item = items.get(i).asMapping().orElse(null);
      if (item != null && item.has("run") && !item.has("shell")) {
        read.error(item.entry("run").get().key(), path.index(i), "step " + path.index(i) + " of a composite action "
            + "runs a script without 'shell'; composite steps have no default shell", "add 'shell: bash'");
      }
    }
  }
}
