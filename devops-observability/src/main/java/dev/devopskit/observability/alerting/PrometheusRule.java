package dev.devopskit.observability.alerting;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One rule of a Prometheus rule group: a recording rule ({@code record}) or an alerting rule ({@code alert}).
 *
 * <pre>{@code
 * PrometheusRule.record("job:http_errors:rate5m", "sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m]))");
 * PrometheusRule.alert("HighErrorRate", "job:http_errors:rate5m > 0.05").withForDuration("10m")
 *     .withLabels(Map.of("severity", "critical"));
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class PrometheusRule implements WithPrometheusRule {
  private static final Pattern DURATION =
      Pattern.compile("0|(?=\\d)([0-9]+y)?([0-9]+w)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** The name of the series a recording rule writes; empty for an alerting rule. */
  public abstract Optional<String> record();

  /** The name of an alerting rule's alert; empty for a recording rule. */
  public abstract Optional<String> alert();

  /** The PromQL expression. */
  public abstract String expr();

  /** How long the expression must hold before the alert fires ({@code for}); alerting rules only. */
  public abstract Optional<String> forDuration();

  /** How long an alert keeps firing after its expression stops holding; alerting rules only. */
  public abstract Optional<String> keepFiringFor();

  /** Labels added to the recorded series or the alert, in the order written. */
  public abstract Map<String, String> labels();

  /** Annotations of an alert ({@code summary}, {@code description}, {@code runbook_url}); alerting rules only. */
  public abstract Map<String, String> annotations();

  /** Whether this is an alerting rule. */
  public boolean isAlert() {
    return alert().isPresent();
  }

  /** The alert or record name. */
  public String name() {
    return alert().or(this::record).orElse("");
  }

  /** A recording rule. */
  public static PrometheusRule record(String name, String expr) {
    return builder().record(name).expr(expr).build();
  }

  /** An alerting rule without {@code for}, labels or annotations (add them with the {@code with...} copies). */
  public static PrometheusRule alert(String name, String expr) {
    return builder().alert(name).expr(expr).build();
  }

  /** Whether a text is a Prometheus duration such as {@code 5m}, {@code 1h30m} or {@code 0}. */
  public static boolean isDuration(String text) {
    return !text.isEmpty() && DURATION.matcher(text).matches();
  }

  /** Whether a text is a valid label or annotation name. */
  public static boolean isLabelName(String text) {
    return LABEL_NAME.matcher(text).matches();
  }

  /** Starts a rule. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rules. */
  public static final class Builder extends ImmutablePrometheusRule.Builder {}

  @Value.Check
  protected void check() {
    if (record().isPresent() == alert().isPresent()) {
      throw new IllegalArgumentException(
          "a rule has exactly one of 'record' and 'alert', got " + (record().isPresent() ? "both" : "neither")
              + " (expr '" + expr() + "')");
    }
    if (expr().isBlank()) {
      throw new IllegalArgumentException("rule '" + Redaction.redactSecrets(name()) + "' needs an 'expr'");
    }
    if (record().isPresent() && (forDuration().isPresent() || keepFiringFor().isPresent()
        || !annotations().isEmpty())) {
      throw new IllegalArgumentException("recording rule '" + Redaction.redactSecrets(name())
          + "' cannot have 'for', 'keep_firing_for' or 'annotations'; make it an alerting rule or drop them");
    }
    forDuration().filter(d -> !isDuration(d)).ifPresent(d -> {
      throw new IllegalArgumentException("'for' of rule '"
          + Redaction.redactSecrets(name()) + "' must be a duration like 5m or 1h, not '"
          + d + "'");
    });
    keepFiringFor().filter(d -> !isDuration(d)).ifPresent(d -> {
      throw new IllegalArgumentException("'keep_firing_for' of rule '" + Redaction.redactSecrets(name())
          + "' must be a duration like 5m or 1h, not '" + d + "'");
    });
    for (String key : labels().keySet()) {
      if (!isLabelName(key)) {
        throw new IllegalArgumentException("label name '" + key + "' of rule '" + Redaction.redactSecrets(name())
            + "' must match [a-zA-Z_][a-zA-Z0-9_]*");
      }
    }
    for (String key : annotations().keySet()) {
      if (!isLabelName(key)) {
        throw new IllegalArgumentException("annotation name '" + key + "' of rule '" + Redaction.redactSecrets(name())
            + "' must match [a-zA-Z_][a-zA-Z0-9_]*");
      }
    }
  }
}
