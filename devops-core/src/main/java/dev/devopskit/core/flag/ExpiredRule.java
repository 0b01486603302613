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

/** {@code flags/expired}: a flag past its remove-by date is removed, with the code that asks for it. */
final class ExpiredRule implements Rule<FlagSet> {
  static final RuleInfo INFO = RuleInfo.of("flags/expired", Profile.TRUNK, Severity.ERROR,
      "No flag is past its remove-by date");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(FlagSet value, RuleContext context) {
    LocalDate today = LocalDate.now(context.clock());
    for (FeatureFlag flag : value.flags()) {
      if (flag.removeBy().isPresent() && flag.removeBy().get().isBefore(today)) {
        long days = ChronoUnit.DAYS.between(flag.removeBy().get(), today);
        context.report(DocPath.of("flags", flag.key(), "remove-by"), "flag '" + flag.key() + "' was to be removed by "
            + flag.removeBy().get() + " (" + days + (days == 1 ? " day" : " days") + " ago)",
            "remove the flag and the code paths it guards, or agree on a new remove-by date with its owner");
      }
    }
  }
}
