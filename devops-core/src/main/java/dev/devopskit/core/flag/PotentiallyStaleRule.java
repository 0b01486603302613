package dev.devopskit.core.flag;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code flags/potentially-stale}: a temporary flag older than its kind's expected lifetime, or one whose production
 * settings have served a single variant (or kept it disabled) for longer than the configured number of days, counted
 * from {@code updated} (else {@code created}).
 */
final class PotentiallyStaleRule implements Rule<FlagSet> {
  static final RuleInfo INFO = RuleInfo.builder().id("flags/potentially-stale")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM).defaultSeverity(Severity.WARNING)
      .summary("Temporary flags do not outlive their kind's lifetime or stay fully on or off in production")
      .addOptions(new RuleOption("days", "days a flag may serve one variant in production before it is stale", "14"))
      .addOptions(new RuleOption("environment", "the production environment's name", "production"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(FlagSet value, RuleContext context) {
    LocalDate today = LocalDate.now(context.clock());
    int days = context.intOption("days");
    Optional<String> production = Optional.of(context.stringOption("environment"));
    for (FeatureFlag flag : value.flags()) {
      if (!flag.kind().temporary() || flag.removeBy().filter(d -> d.isBefore(today)).isPresent()) {
        continue;
      }
      DocPath at = DocPath.of("flags", flag.key());
      int lifetime = flag.kind().lifetimeDays().getAsInt();
      if (flag.created().isPresent() && flag.created().get().plusDays(lifetime).isBefore(today)) {
        long age = ChronoUnit.DAYS.between(flag.created().get(), today);
        context.reportAtKey(at, flag.kind().id() + " flag '" + flag.key() + "' is " + age + " days old, past the "
            + lifetime + " days such flags usually live", "finish the rollout and remove it, or change its kind");
        continue;
      }
      Optional<LocalDate> since = flag.updated().or(flag::created);
      boolean settled = flag.environments().containsKey(production.get())
          && (!flag.enabledIn(production) || !hasTargeting(flag, production));
      if (settled && since.isPresent() && since.get().plusDays(days).isBefore(today)) {
        String state = flag.enabledIn(production) ? "serves '" + flag.defaultVariantIn(production).orElse("the default")
            + "' to everyone" : "is disabled";
        context.reportAtKey(at, "flag '" + flag.key() + "' " + state + " in " + production.get() + " since "
            + since.get() + " (" + ChronoUnit.DAYS.between(since.get(), today) + " days)",
            "the rollout is over: remove the flag and keep the winning code path");
      }
    }
  }

  private static boolean hasTargeting(FeatureFlag flag, Optional<String> environment) {
    return !flag.rules().isEmpty() || flag.targeting().isPresent() || flag.rolloutIn(environment)
        .filter(r -> r.weights().values().stream().filter(w -> w > 0).count() > 1).isPresent();
  }
}
