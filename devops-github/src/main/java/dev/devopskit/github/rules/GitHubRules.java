package dev.devopskit.github.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;

/**
 * Every policy rule of devops-github, in the order of its documentation: trunk and speed, then security, then
 * correctness (values GitHub reads otherwise than they look).
 */
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
        new PersistCredentials(), new UnpinnedImage(), new HardcodedContainerCredentials(), new TlsVerificationRule(),
        // zizmor's offline audits on secrets, publishing, runners and pins
        new RefVersionMismatch(), new OverprovisionedSecrets(), new UnredactedSecrets(), new UseTrustedPublishing(),
        new SelfHostedRunner(), new AnonymousDefinition(), new ConcurrencyLimits(), new ForbiddenUses(),
        // zizmor-level workflow security (issue 19): injection sinks, triggers, conditions, caches
        new BotConditions(), new GitHubEnv(), new InsecureCommands(), new CachePoisoning(), new UnsoundContains(),
        new UnsoundCondition(), new TemplateExpansion(), new PrivilegedTrigger(), new PersistedToken(),
        // zizmor's audits of obscure or needless forms: actions, shells, packages, undocumented permissions
        new SuperfluousActions(), new Misfeature(), new Obfuscation(), new UndocumentedPermissions(),
        new AdhocPackages());
  }

  /** The correctness rules: values that GitHub reads otherwise than they look. */
  public static List<Rule<Workflow>> correctness() {
    return List.of(new FloatVersion());
  }

  /** All rules. */
  public static List<Rule<Workflow>> all() {
    List<Rule<Workflow>> all = new java.util.ArrayList<>(trunk());
    all.addAll(security());
    all.addAll(correctness());
    return java.util.Collections.unmodifiableList(all);
  }
}
