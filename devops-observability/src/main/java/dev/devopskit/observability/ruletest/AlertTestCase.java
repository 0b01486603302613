package dev.devopskit.observability.ruletest;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import org.immutables.value.Value;

/** Which alerts of one name must be firing at one time; none means the alert must stay quiet. */
@Value.Immutable
@DevOpsStyle
public abstract class AlertTestCase implements WithAlertTestCase {

  /** When, from time 0: {@code 15m}. */
  public abstract String evalTime();

  /** The alert's name. */
  public abstract String alertname();

  /** The alerts expected to be firing; empty for none. */
  public abstract List<ExpectedAlert> expAlerts();

  /** The alert fires with these alerts at that time. */
  public static AlertTestCase firing(String evalTime, String alertname, List<ExpectedAlert> alerts) {
    return builder().evalTime(evalTime).alertname(alertname).addAllExpAlerts(alerts).build();
  }

  /** The alert is quiet at that time. */
  public static AlertTestCase quiet(String evalTime, String alertname) {
    return builder().evalTime(evalTime).alertname(alertname).build();
  }

  /** Starts a case. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds cases. */
  public static final class Builder extends ImmutableAlertTestCase.Builder {}
}
