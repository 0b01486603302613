package dev.devopskit.database.harness;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.database.rules.Idempotent;
import dev.devopskit.database.rules.MigrationRules;
import dev.devopskit.database.rules.Reversible;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link MigrationHarness#verify} proved on a real PostgreSQL: how many migrations it applied, how many it
 * reversed, and the findings (with the migration's file and line) for everything that failed.
 */
@Value.Immutable
@DevOpsStyle
public abstract class HarnessReport implements WithHarnessReport {

  /** Migrations (files, or Liquibase changesets) applied on the fresh database. */
  public abstract int applied();

  /** Migrations applied a second time to prove idempotency. */
  public abstract int reapplied();

  /** Migrations taken up, down and up again to prove reversibility. */
  public abstract int reversed();

  /** What failed, in file and line order. */
  public abstract List<Finding> findings();

  /** How long the verification took (not counting the server's start). */
  @Value.Auxiliary
  public abstract Duration duration();

  /** Whether nothing failed. */
  public boolean passed() {
    return findings().isEmpty();
  }

  /** The findings as a check result, for the text, JSON, SARIF and GitHub reports of {@code Reports}. */
  public CheckResult toCheckResult() {
    return CheckResult.builder().addAllFindings(findings())
        .putRule(Idempotent.INFO.id(), Idempotent.INFO)
        .putRule(Reversible.INFO.id(), Reversible.INFO)
        .putRule(MigrationRules.APPLIES.id(), MigrationRules.APPLIES).build();
  }

  /** Starts a report. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds reports. */
  public static final class Builder extends ImmutableHarnessReport.Builder {}
}
