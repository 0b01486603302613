package dev.devopskit.github.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.github.action.Action;
import dev.devopskit.github.internal.yaml.ActionWriter;
import dev.devopskit.github.workflow.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of action metadata files: every {@link StepRule} of the workflow rules, run over a composite action's
 * {@code runs.steps}, and {@code github/literal-secret} over every string of the file.
 */
public final class ActionRules {
  private ActionRules() {}

  /** The step rules that also judge composite actions' steps, in a stable order. */
  public static List<StepRule> stepRules() {
    return List.of(new UnpinnedAction(), new TemplateInjection(), new SuperfluousActions(), new Misfeature(),
        new AdhocPackages(), new GitHubEnv(), new InsecureCommands(), new TlsVerificationRule(), new Obfuscation());
  }

  /** Every rule of action files. */
  public static List<Rule<Action>> all() {
    List<Rule<Action>> rules = new ArrayList<>();
    for (StepRule rule : stepRules()) {
      rules.add(onSteps(rule));
    }
    rules.add(literalSecret());
    return List.copyOf(rules);
  }

  /** {@code github/literal-secret} over every string of an action file, as over a workflow's. */
  private static Rule<Action> literalSecret() {
    return new Rule<>() {
      @Override
      public RuleInfo info() {
        return LiteralSecret.INFO;
      }

      @Override
      public void check(Action action, RuleContext context) {
        LiteralSecret.checkStrings(YamlStrings.of(ActionWriter.tree(action)), context);
      }
    };
  }

  /** A step rule as a rule of actions: it judges each of a composite action's steps, under the rule's own id. */
  public static Rule<Action> onSteps(StepRule rule) {
    return new Rule<>() {
      @Override
      public RuleInfo info() {
        return rule.info();
      }

      @Override
      public void check(Action action, RuleContext context) {
        List<Step> steps = action.runs().steps();
        for (int i = 0; i < steps.size(); i++) {
          rule.checkStep(steps.get(i), StepScope.inAction(action, i), context);
        }
      }
    };
  }
}
