package dev.devopskit.core.environment;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;

/** {@code env/production-approval}: production is deployed by manual promotion or needs an approval. */
final class ProductionApprovalRule implements Rule<Environments> {
  static final RuleInfo INFO = RuleInfo.of("env/production-approval", Profile.TRUNK, Severity.ERROR,
      "Production is deployed by manual promotion or after a required approval");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Environments value, RuleContext context) {
    for (int i = 0; i < value.environments().size(); i++) {
      Environment environment = value.environments().get(i);
      if (environment.tier() == Tier.PRODUCTION && !environment.protectedByPeople()) {
        context.report(DocPath.of("environments").index(i),
            "production environment '" + environment.name() + "' is deployed " + environment.deployment().id()
                + " with no required reviewer",
            "set 'deployment: manual' or add 'reviewers: [team:release]' to '" + environment.name() + "'");
      }
    }
  }
}
