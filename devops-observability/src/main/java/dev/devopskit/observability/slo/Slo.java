package dev.devopskit.observability.slo;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.observability.alerting.PromDuration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service level objective: a service, an indicator, the share of good events promised (for example 99.9 %) over
 * a 28- or 30-day period, and the multi-window burn-rate alerts that guard its error budget.
 *
 * <pre>{@code
 * Slo slo = Slo.of("checkout", 99.9, Sli.httpRequestsTotal("job=\"checkout\""));
 * RuleFile rules = Prometheus.ruleFile(List.of(Prometheus.alerts(slo)));
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Slo implements WithSlo {

  /** The service, as its {@code service} label says. */
  public abstract String service();

  /** The indicator. */
  public abstract Sli sli();

  /** The objective in percent, such as {@code 99.9}. */
  public abstract double objective();

  /** The name of the objective ({@code availability} or {@code latency} by default), its {@code slo} label. */
  @Value.Default
  public String name() {
    return sli().kind() == Sli.Kind.LATENCY ? "latency" : "availability";
  }

  /** The period in days over which the objective holds: 28 or 30. */
  @Value.Default
  public int periodDays() {
    return 30;
  }

  /** The burn-rate alerts ({@link BurnRateWindow#workbook()} by default). */
  @Value.Default
  public List<BurnRateWindow> windows() {
    return BurnRateWindow.workbook();
  }

  /** The runbook the alerts link to. */
  @Value.Default
  public String runbookUrl() {
    return "docs/devops/runbook.md#" + service() + "-" + name();
  }

  /** The error budget as a fraction: {@code 0.001} for 99.9 %. */
  @Value.Derived
  public BigDecimal errorBudget() {
    return BigDecimal.valueOf(100).subtract(BigDecimal.valueOf(objective()))
        .divide(BigDecimal.valueOf(100), 12, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  /** An objective with the default name, period, windows and runbook. */
  public static Slo of(String service, double objective, Sli sli) {
    return builder().service(service).objective(objective).sli(sli).build();
  }

  /** Starts an objective. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds objectives. */
  public static final class Builder extends ImmutableSlo.Builder {}

  @Value.Check
  protected void check() {
    if (!(objective() > 0 && objective() < 100)) {
      throw new IllegalArgumentException("SLO objective of '" + service()
          + "' is a percentage between 0 and 100 (such as 99.9), not " + objective());
    }
    if (periodDays() != 28 && periodDays() != 30) {
      throw new IllegalArgumentException("SLO period of '" + service() + "' is 28 or 30 days, not " + periodDays());
    }
    if (!service().matches("[A-Za-z0-9][A-Za-z0-9_.-]*") || !name().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException("SLO service '" + service() + "' and name '" + name()
          + "' use letters, digits, '.', '_' and '-' only");
    }
    Set<String> longWindows = new HashSet<>();
    for (BurnRateWindow window : windows()) {
      if (!longWindows.add(window.longWindow())) {
        throw new IllegalArgumentException("two burn-rate alerts of '" + service() + "' share the long window "
            + window.longWindow() + "; give each its own");
      }
      if (PromDuration.of(window.shortWindow()).compareTo(PromDuration.of(window.longWindow())) >= 0) {
        throw new IllegalArgumentException("burn-rate short window " + window.shortWindow()
            + " must be shorter than the long window " + window.longWindow());
      }
      BigDecimal threshold = errorBudget().multiply(BigDecimal.valueOf(window.factor()));
      if (threshold.compareTo(BigDecimal.ONE) >= 0) {
        throw new IllegalArgumentException("burn rate " + window.factor() + "x of a " + objective()
            + " % objective needs an error ratio of " + threshold.movePointRight(2).stripTrailingZeros()
                .toPlainString() + " %, so the alert could never fire; lower the factor or raise the objective");
      }
    }
  }
}
