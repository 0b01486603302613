package dev.devopskit.observability;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.observability.alerting.RuleGroup;
import dev.devopskit.observability.ruletest.RuleTestGroup;
import java.util.List;
import org.immutables.value.Value;

/**
 * The rules generated for one definition (an SLO, a threshold alert, uptime checks) and the promtool unit tests
 * that show each of its alerts firing when it should and staying quiet when it should not.
 */
@Value.Immutable
@DevOpsStyle
public abstract class AlertSet implements WithAlertSet {

  /** The rule group. */
  public abstract RuleGroup group();

  /** The unit-test scenarios of the group's alerts. */
  public abstract List<RuleTestGroup> tests();

  /** A set of rules and tests. */
  public static AlertSet of(RuleGroup group, List<RuleTestGroup> tests) {
    return builder().group(group).addAllTests(tests).build();
  }

  /** Starts a set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds sets. */
  public static final class Builder extends ImmutableAlertSet.Builder {}
}
