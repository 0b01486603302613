package dev.devopskit.github;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.github.internal.yaml.WorkflowReader;
import dev.devopskit.github.internal.yaml.WorkflowWriter;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Optional;

/**
 * The format {@code github-workflow}: files under {@code .github/workflows/} ending in {@code .yml} or
 * {@code .yaml}. Registered with {@link java.util.ServiceLoader}, so {@code devops check} and
 * {@code devops config} read workflows when this module is on the class path.
 */
public final class WorkflowFormat implements Format<Workflow> {
  /** The format's name. */
  public static final String NAME = "github-workflow";

  /** Type, shape and grammar errors found while reading. */
  public static final RuleInfo SYNTAX = RuleInfo.of(WorkflowReader.SYNTAX,
      Profile.RECOMMENDED, dev.devopskit.core.check.Severity.ERROR, "Workflow files follow GitHub's workflow syntax");
  /** Keys GitHub does not know. */
  public static final RuleInfo UNKNOWN_KEY = RuleInfo.of(WorkflowReader.UNKNOWN_KEY, Profile.RECOMMENDED,
      dev.devopskit.core.check.Severity.ERROR, "Workflow files use only keys and events GitHub knows");
  /** Malformed expressions. */
  public static final RuleInfo EXPRESSION = RuleInfo.of(WorkflowReader.EXPRESSION, Profile.RECOMMENDED,
      dev.devopskit.core.check.Severity.ERROR, "Expressions in workflows are well formed");

  /** The format (the service loader uses this constructor). */
  public WorkflowFormat() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "GitHub Actions workflows (.github/workflows/*.yml)";
  }

  @Override
  public Class<Workflow> valueType() {
    return Workflow.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String path = relativePath.replace('\\', '/');
    int folder = path.lastIndexOf(".github/workflows/");
    if (folder < 0 || folder > 0 && path.charAt(folder - 1) != '/') {
      return false;
    }
    String name = path.substring(folder + ".github/workflows/".length());
    return !name.contains("/") && (name.endsWith(".yml") || name.endsWith(".yaml"));
  }

  /** A file named on the command line is a workflow when it has top-level {@code on:} and {@code jobs:}. */
  @Override
  public boolean recognizes(String head) {
    return Format.hasTopLevelKeys(head, "on", "jobs");
  }

  @Override
  public Parsed<Workflow> read(SourceFile source) {
    return WorkflowReader.read(source);
  }

  @Override
  public String write(Workflow value) {
    return WorkflowWriter.write(value, Optional.empty());
  }

  /** The rules, made once when first asked for: they hold no state, and a check asks for them once per file. */
  private static final class Rules {
    static final List<Rule<? super Workflow>> ALL = List.copyOf(dev.devopskit.github.rules.GitHubRules.all());
  }

  @Override
  public List<Rule<? super Workflow>> rules() {
    return Rules.ALL;
  }

  @Override
  public List<RuleInfo> readerRules() {
    return List.of(SYNTAX, UNKNOWN_KEY, EXPRESSION, CoreRules.YAML_SYNTAX, CoreRules.YAML_DUPLICATE_KEY,
        CoreRules.YAML_LIMIT, CoreRules.ENCODING, CoreRules.TOO_LARGE, CoreRules.UNREADABLE);
  }
}
