package dev.devopskit.core.environment;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.secret.SecretRef;
import dev.devopskit.core.source.DocPath;
import java.util.List;

/**
 * {@code env/secret-scope}: a secret production declares is declared on every staging environment before it too,
 * so the job that deploys to staging finds it. What jobs actually use is checked where the workflows are read;
 * this rule sees only the environments.
 */
final class SecretScopeRule implements Rule<Environments> {
  static final RuleInfo INFO = RuleInfo.builder().id("env/secret-scope")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM).defaultSeverity(Severity.WARNING)
      .summary("Secrets declared on production are declared on staging too")
      .addOptions(new RuleOption("production-only", "secret names that only production may have", "[]")).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Environments value, RuleContext context) {
    List<String> productionOnly = context.listOption("production-only");
    for (int i = 0; i < value.environments().size(); i++) {
      Environment environment = value.environments().get(i);
      if (environment.tier() != Tier.PRODUCTION) {
        continue;
      }
      List<Environment> stagings = value.before(environment.name()).stream()
          .filter(e -> e.tier() == Tier.STAGING).toList();
      for (int s = 0; s < environment.secrets().size(); s++) {
        SecretRef secret = environment.secrets().get(s);
        if (productionOnly.contains(secret.name())) {
          continue;
        }
        for (Environment staging : stagings) {
          if (!staging.secrets().contains(secret)) {
            context.report(DocPath.of("environments").index(i).key("secrets").index(s),
                "secret '" + secret.name() + "' is declared on '" + environment.name() + "' but not on '"
                    + staging.name() + "', so a job deploying to '" + staging.name() + "' cannot read it",
                "declare '" + secret.name() + "' on '" + staging.name() + "' too (with a staging value), or list "
                    + "it in the option 'production-only'");
          }
        }
      }
    }
  }
}
