package dev.devopskit.github.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.github.action.Action;
import dev.devopskit.github.workflow.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of action metadata files: every {@link StepRule} of the workflow rules, run over a composite action's
 * {@code runs.steps}.
 */
public final class ActionRules {
  private ActionRules() {}

  /** The step rules that also judge composite actions' steps, in a stable order. */
  public static List<StepRule> stepRules() {
    return List.of(new UnpinnedAction(), new TemplateInjection());
  }

  /** Every rule of action files. */
  public static List<Rule<Action>> all() {
    List<Rule<Action>> rules = new ArrayList<>();
    for (StepRule rule : stepRules()) {
      rules.add(onSteps(rule));
    }
    return List.copyOf(rules);
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
