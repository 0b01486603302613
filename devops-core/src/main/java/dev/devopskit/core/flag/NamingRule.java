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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code flags/naming}: flag keys are lower-kebab-case (URL-safe, the same in every tool). */
final class NamingRule implements Rule<FlagSet> {
  static final RuleInfo INFO = RuleInfo.builder().id("flags/naming")
      .profile(Profile.TRUNK).defaultSeverity(Severity.WARNING)
      .summary("Flag keys are lower-kebab-case and at most 100 characters")
      .addOptions(new RuleOption("pattern", "the regular expression every key matches", "[a-z0-9]+(-[a-z0-9]+)*"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(FlagSet value, RuleContext context) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(context.stringOption("pattern"));
    } catch (PatternSyntaxException e) {
      pattern = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    }
    for (FeatureFlag flag : value.flags()) {
      if (!pattern.matcher(flag.key()).matches() || flag.key().length() > 100) {
        String suggestion = flag.key().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        context.reportAtKey(DocPath.of("flags", flag.key()), "flag key '" + flag.key() + "' does not match "
            + pattern.pattern(), "rename it to '" + suggestion + "' (and the code that asks for it)");
      }
    }
  }
}
