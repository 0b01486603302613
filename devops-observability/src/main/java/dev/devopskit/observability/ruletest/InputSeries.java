package dev.devopskit.observability.ruletest;

import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/**
 * A synthetic series of a rule unit test: {@code series} in the usual notation ({@code up{job="api"}}) and its
 * values in promtool's expanding notation ({@code 0+10x60} is 0, 10, 20, ... 600).
 */
@Value.Immutable
@DevOpsStyle
public abstract class InputSeries implements WithInputSeries {

  /** The series: {@code metric{label="value"}}. */
  public abstract String series();

  /** The values, one per test interval. */
  public abstract String values();

  /** A series. */
  public static InputSeries of(String series, String values) {
    return builder().series(series).values(values).build();
  }

  /** Starts a series. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds series. */
  public static final class Builder extends ImmutableInputSeries.Builder {}
}
