package dev.devopskit.observability.ruletest;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.Map;
import org.immutables.value.Value;

/** An alert a test expects to be firing: its labels (without {@code alertname}) and, optionally, annotations. */
@Value.Immutable
@DevOpsStyle
public abstract class ExpectedAlert implements WithExpectedAlert {

  /** Every label of the alert: the series' labels and the rule's, without {@code alertname}. */
  public abstract Map<String, String> labels();

  /** The expanded annotations; empty to leave them unchecked. */
  public abstract Map<String, String> annotations();

  /** An expected alert with these labels. */
  public static ExpectedAlert of(Map<String, String> labels) {
    return builder().putAllLabels(labels).build();
  }

  /** Starts an expected alert. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds expected alerts. */
  public static final class Builder extends ImmutableExpectedAlert.Builder {}
}
