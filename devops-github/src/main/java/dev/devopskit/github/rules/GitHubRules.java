package dev.devopskit.github.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;

/** Every policy rule of devops-github, in the order of its documentation: trunk and speed, then security. */
public final class GitHubRules {
  private GitHubRules() {}

  /** The trunk and speed rules. */
  public static List<Rule<Workflow>> trunk() {
    return List.of(new FailFastOrder(), new ParallelIndependentChecks(), new PipelineBudget(),
        new DependencyCache(), new JobName(), new TrunkTriggers(), new StagingAutoDeploy(),
        new ProductionManualPromotion(), new DeployVerification());
  }

  /** The security rules. */
  public static List<Rule<Workflow>> security() {
    return List.of(new LiteralSecret(), new SecretInRun(), new SecretsInherit(), new SecretsOutsideEnvironment(),
        new ExcessivePermissions(), new UnpinnedAction(), new TemplateInjection(), new DangerousTrigger(),
        new PersistCredentials(), new UnpinnedImage(), new HardcodedContainerCredentials(), new TlsVerificationRule());
  }

  /** All rules. */
  public static List<Rule<Workflow>> all() {
    List<Rule<Workflow>> all = new java.util.ArrayList<>(trunk());
    all.addAll(security());
    return java.util.Collections.unmodifiableList(all);
  }
}
