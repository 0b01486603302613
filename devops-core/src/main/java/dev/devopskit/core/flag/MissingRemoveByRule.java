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

/** {@code flags/missing-remove-by}: temporary flags (release, experiment, operational) say when they go. */
final class MissingRemoveByRule implements Rule<FlagSet> {
  static final RuleInfo INFO = RuleInfo.of("flags/missing-remove-by", Profile.TRUNK, Severity.WARNING,
      "Temporary flags have a remove-by date");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(FlagSet value, RuleContext context) {
    LocalDate today = LocalDate.now(context.clock());
    for (FeatureFlag flag : value.flags()) {
      if (flag.kind().temporary() && flag.removeBy().isEmpty()) {
        LocalDate suggested = flag.created().orElse(today).plusDays(flag.kind().lifetimeDays().getAsInt());
        context.reportAtKey(DocPath.of("flags", flag.key()), flag.kind().id() + " flag '" + flag.key()
            + "' has no remove-by date", "add 'remove-by: " + suggested + "' (" + flag.kind().lifetimeDays().getAsInt()
            + " days is the usual lifetime of a " + flag.kind().id() + " flag)");
      }
    }
  }
}
