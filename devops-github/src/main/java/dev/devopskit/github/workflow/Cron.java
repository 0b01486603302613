package dev.devopskit.github.workflow;

import dev.devopskit.core.syntax.CronExpression;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One {@code schedule} entry: a POSIX cron expression of five fields (minute, hour, day of month, month, day of
 * week) in UTC unless a {@code timezone} is given.
 *
 * <pre>{@code
 * Cron.of("30 5 * * 1-5")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Cron implements WithCron {
  /** {@code cron}: the expression. */
  @Value.Parameter
  public abstract String expression();

  /** {@code timezone}: an IANA time zone such as {@code Europe/Berlin}. */
  public abstract Optional<String> timezone();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** A schedule from a cron expression. */
  public static Cron of(String expression) {
    return ImmutableCron.of(expression);
  }

  /** Starts a schedule entry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds schedule entries. */
  public static final class Builder extends ImmutableCron.Builder {}

  /** The problem with a cron expression, or empty when it is valid: {@link CronExpression#problem(String)}. */
  public static Optional<String> problem(String expression) {
    return CronExpression.problem(expression);
  }

  @Value.Check
  protected void check() {
    CronExpression.check("schedule", expression());
  }
}
