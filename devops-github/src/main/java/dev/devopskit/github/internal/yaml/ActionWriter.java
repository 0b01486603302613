package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlWriteOptions;
import dev.devopskit.github.action.Action;
import dev.devopskit.github.action.ActionInput;
import dev.devopskit.github.action.ActionOutput;
import dev.devopskit.github.action.ActionRuns;
import dev.devopskit.github.action.Branding;
import java.util.Optional;

/**
 * Writes an {@link Action} as YAML: keys in the order of GitHub's metadata syntax page (name, description, author,
 * inputs, outputs, runs, branding), composite steps as the workflow writer writes steps (with the version comments
 * of pinned actions), unknown keys after the known ones.
 */
public final class ActionWriter {
  private ActionWriter() {}

  /** The YAML text of an action, with an optional header comment. */
  public static String write(Action action, Optional<String> header) {
    WorkflowWriter steps = new WorkflowWriter();
    YamlMapping tree = tree(action, steps);
    YamlWriteOptions options = YamlWriteOptions.defaults().withBlankLines(true);
    if (header.isPresent()) {
      options = options.withHeader(header.get());
    }
    return steps.comments(Yaml.write(tree, options));
  }

  /** The YAML tree of an action. */
  public static YamlMapping tree(Action action) {
    return tree(action, new WorkflowWriter());
  }

  private static YamlMapping tree(Action action, WorkflowWriter steps) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("name", action.name());
    out.putStringIfPresent("description", action.description());
    out.putStringIfPresent("author", action.author());
    if (!action.inputs().isEmpty()) {
      YamlMapping.Builder inputs = YamlMapping.builder();
      action.inputs().forEach((id, input) -> inputs.put(id, input(input)));
      out.put("inputs", inputs.build());
    }
    if (!action.outputs().isEmpty()) {
      YamlMapping.Builder outputs = YamlMapping.builder();
      action.outputs().forEach((id, output) -> outputs.put(id, output(output)));
      out.put("outputs", outputs.build());
    }
    out.put("runs", runs(action.runs(), steps));
    action.branding().ifPresent(b -> out.put("branding", branding(b)));
    WorkflowWriter.extensions(out, action.extensions());
    return out.build();
  }

  private static YamlMapping input(ActionInput input) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("description", input.description());
    input.required().ifPresent(r -> out.put("required", YamlScalar.bool(r)));
    out.putStringIfPresent("default", input.defaultValue());
    out.putStringIfPresent("deprecationMessage", input.deprecationMessage());
    WorkflowWriter.extensions(out, input.extensions());
    return out.build();
  }

  private static YamlMapping output(ActionOutput output) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("description", output.description());
    out.putStringIfPresent("value", output.value());
    WorkflowWriter.extensions(out, output.extensions());
    return out.build();
  }

  private static YamlMapping runs(ActionRuns runs, WorkflowWriter steps) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.put("using", runs.using());
    out.putStringIfPresent("main", runs.main());
    out.putStringIfPresent("pre", runs.pre());
    out.putStringIfPresent("pre-if", runs.preIf().filter(x -> runs.image().isEmpty()));
    out.putStringIfPresent("post", runs.post());
    out.putStringIfPresent("post-if", runs.postIf().filter(x -> runs.image().isEmpty()));
    out.putStringIfPresent("image", runs.image());
    if (!runs.env().isEmpty()) {
      out.put("env", WorkflowWriter.textMap(runs.env()));
    }
    out.putStringIfPresent("entrypoint", runs.entrypoint());
    WorkflowWriter.putList(out, "args", runs.args());
    out.putStringIfPresent("pre-entrypoint", runs.preEntrypoint());
    out.putStringIfPresent("pre-if", runs.preIf().filter(x -> runs.image().isPresent()));
    out.putStringIfPresent("post-entrypoint", runs.postEntrypoint());
    out.putStringIfPresent("post-if", runs.postIf().filter(x -> runs.image().isPresent()));
    if (!runs.steps().isEmpty() || runs.kind() == ActionRuns.Kind.COMPOSITE) {
      out.put("steps", steps.steps(runs.steps()));
    }
    WorkflowWriter.extensions(out, runs.extensions());
    return out.build();
  }

  private static YamlMapping branding(Branding branding) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("icon", branding.icon());
    out.putStringIfPresent("color", branding.color());
    WorkflowWriter.extensions(out, branding.extensions());
    return out.build();
  }
}
