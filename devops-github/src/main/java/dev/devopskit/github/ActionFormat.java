package dev.devopskit.github;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.github.action.Action;
import dev.devopskit.github.internal.yaml.ActionReader;
import dev.devopskit.github.internal.yaml.ActionWriter;
import dev.devopskit.github.rules.ActionRules;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The format {@code github-action}: an action's metadata file, {@code action.yml} or {@code action.yaml}, in any
 * folder of a repository (the repository's own action at its root, composite actions under
 * {@code .github/actions/}). Registered with {@link java.util.ServiceLoader}, so {@code devops check} and
 * {@code devops config} read actions when this module is on the class path.
 */
public final class ActionFormat implements Format<Action> {
  /** The format's name. */
  public static final String NAME = "github-action";

  /** A top-level {@code runs:} mapping with a {@code using:} key in it. */
  private static final Pattern RUNS_USING = Pattern.compile("(?m)^runs:[ \\t]*(#.*)?\\r?\\n(?:[ \\t]*(#.*)?\\r?\\n"
      + "|[ \\t]+.*\\r?\\n)*?[ \\t]+using:");

  /** The format (the service loader uses this constructor). */
  public ActionFormat() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "GitHub Actions action metadata (action.yml: composite, Docker or JavaScript actions)";
  }

  @Override
  public Class<Action> valueType() {
    return Action.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String path = relativePath.replace('\\', '/');
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.equals("action.yml") || name.equals("action.yaml");
  }

  /** A file named on the command line is an action when it has a top-level {@code runs:} with {@code using:}. */
  @Override
  public boolean recognizes(String head) {
    return RUNS_USING.matcher(head).find();
  }

  @Override
  public Parsed<Action> read(SourceFile source) {
    return ActionReader.read(source);
  }

  @Override
  public String write(Action value) {
    return ActionWriter.write(value, Optional.empty());
  }

  /** The rules, made once when first asked for: they hold no state, and a check asks for them once per file. */
  private static final class Rules {
    static final List<Rule<? super Action>> ALL = List.copyOf(ActionRules.all());
  }

  @Override
  public List<Rule<? super Action>> rules() {
    return Rules.ALL;
  }

  @Override
  public List<RuleInfo> readerRules() {
    return List.of(WorkflowFormat.SYNTAX, WorkflowFormat.UNKNOWN_KEY, WorkflowFormat.EXPRESSION,
        CoreRules.YAML_SYNTAX, CoreRules.YAML_DUPLICATE_KEY, CoreRules.YAML_LIMIT, CoreRules.ENCODING,
        CoreRules.TOO_LARGE, CoreRules.UNREADABLE);
  }
}
