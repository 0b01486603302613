package dev.devopskit.core.environment;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.syntax.Glob;

/** {@code env/staging-from-trunk}: staging is deployed automatically from the trunk branch. */
final class StagingFromTrunkRule implements Rule<Environments> {
  static final RuleInfo INFO = RuleInfo.builder().id("env/staging-from-trunk")
      .profile(Profile.TRUNK).defaultSeverity(Severity.WARNING)
      .summary("Staging is deployed automatically from the trunk branch")
      .addOptions(new RuleOption("trunk", "the trunk branch that deploys to staging", "main")).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Environments value, RuleContext context) {
    String trunk = context.stringOption("trunk");
    for (int i = 0; i < value.environments().size(); i++) {
      Environment environment = value.environments().get(i);
      if (environment.tier() != Tier.STAGING) {
        continue;
      }
      DocPath path = DocPath.of("environments").index(i);
      if (environment.deployment() != DeploymentMode.AUTOMATIC_FROM_TRUNK) {
        context.report(path.key("deployment"), "staging environment '" + environment.name() + "' is deployed "
            + environment.deployment().id() + ", not automatically from '" + trunk + "'",
            "set 'deployment: automatic' so every change on '" + trunk + "' reaches staging");
      } else if (!environment.branchPatterns().isEmpty() && environment.branchPatterns().stream()
          .noneMatch(glob -> matches(glob, trunk))) {
        context.report(path.key("branches"), "staging environment '" + environment.name()
            + "' does not allow the trunk branch '" + trunk + "' to deploy", "add '" + trunk + "' to 'branches'");
      }
    }
  }

  /** Whether a deployment branch pattern (GitHub's filter syntax: {@code release/*}) allows the branch. */
  private static boolean matches(String glob, String branch) {
    return glob.equals(branch) || Glob.github(glob).matches(branch);
  }
}
