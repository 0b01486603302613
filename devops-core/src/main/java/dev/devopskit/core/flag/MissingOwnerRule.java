package dev.devopskit.core.flag;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** {@code flags/missing-owner}: every flag names the team or role that owns it. */
final class MissingOwnerRule implements Rule<FlagSet> {
  static final RuleInfo INFO = RuleInfo.of("flags/missing-owner", Profile.TRUNK, Severity.WARNING,
      "Every flag names the team or role that owns it");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(FlagSet value, RuleContext context) {
    for (FeatureFlag flag : value.flags()) {
      if (flag.owner().filter(o -> !o.isBlank()).isEmpty()) {
        context.reportAtKey(DocPath.of("flags", flag.key()), "flag '" + flag.key() + "' has no owner",
            "add 'owner: team-name' so someone answers for it and removes it");
      }
    }
  }
}
