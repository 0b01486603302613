package dev.devopskit.observability.slo;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One multi-window burn-rate alert: it fires when the error budget burns faster than {@code factor} times the
 * sustainable rate over both the long and the short window (the short window makes it stop soon after the
 * burning stops).
 */
@Value.Immutable
@DevOpsStyle
public abstract class BurnRateWindow implements WithBurnRateWindow {

  /** The long window, such as {@code 1h}. */
  public abstract String longWindow();

  /** The short window, such as {@code 5m} (a twelfth of the long one in the SRE Workbook). */
  public abstract String shortWindow();

  /** The burn rate: how many times faster than the budget allows. */
  public abstract double factor();

  /** The {@code severity} label: {@code critical} pages, {@code warning} opens a ticket. */
  public abstract String severity();

  /** How long both windows must burn before the alert fires. */
  public abstract String forDuration();

  /** A window pair. */
  public static BurnRateWindow of(String longWindow, String shortWindow, double factor, String severity,
      String forDuration) {
    return builder().longWindow(longWindow).shortWindow(shortWindow).factor(factor).severity(severity)
        .forDuration(forDuration).build();
  }

  /**
   * The SRE Workbook's four alerts: page on 1h and 5m at 14.4x and on 6h and 30m at 6x; ticket on 1d and 2h at 3x
   * and on 3d and 6h at 1x.
   */
  public static List<BurnRateWindow> workbook() {
    return List.of(of("1h", "5m", 14.4, "critical", "2m"), of("6h", "30m", 6, "critical", "15m"),
        of("1d", "2h", 3, "warning", "1h"), of("3d", "6h", 1, "warning", "3h"));
  }

  /** Starts a window pair. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds window pairs. */
  public static final class Builder extends ImmutableBurnRateWindow.Builder {}

  @Value.Check
  protected void check() {
    for (String duration : List.of(longWindow(), shortWindow(), forDuration())) {
      if (!duration.matches("([0-9]+(ms|s|m|h|d|w|y))+")) {
        throw new IllegalArgumentException("burn-rate window '" + duration
            + "' must be a duration such as 5m, 1h or 3d");
      }
    }
    if (!(factor() > 0)) {
      throw new IllegalArgumentException("burn-rate factor must be above 0, not " + factor());
    }
  }
}
