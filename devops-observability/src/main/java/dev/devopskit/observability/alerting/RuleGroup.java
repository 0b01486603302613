package dev.devopskit.observability.alerting;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A group of rules evaluated together, in order, at the group's interval. */
@Value.Immutable
@DevOpsStyle
public abstract class RuleGroup implements WithRuleGroup {

  /** The group's name, unique within its file. */
  public abstract String name();

  /** How often the rules are evaluated (the server's global interval when empty). */
  public abstract Optional<String> interval();

  /** The most alerts or series a rule may produce; 0 is no limit. */
  public abstract Optional<Long> limit();

  /** How far into the past the evaluation time is shifted ({@code query_offset}). */
  public abstract Optional<String> queryOffset();

  /** Labels added to every rule of the group (rule labels win on a collision). */
  public abstract Map<String, String> labels();

  /** The rules, in evaluation order. */
  public abstract List<PrometheusRule> rules();

  /** A group of rules. */
  public static RuleGroup of(String name, List<PrometheusRule> rules) {
    return builder().name(name).addAllRules(rules).build();
  }

  /** Starts a group. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds groups. */
  public static final class Builder extends ImmutableRuleGroup.Builder {}

  @Value.Check
  protected void check() {
    interval().filter(d -> !PrometheusRule.isDuration(d)).ifPresent(d -> {
      throw new IllegalArgumentException("'interval' of group '"
          + Redaction.redactSecrets(name()) + "' must be a duration like 1m, not '"
          + d + "'");
    });
    queryOffset().filter(d -> !PrometheusRule.isDuration(d)).ifPresent(d -> {
      throw new IllegalArgumentException("'query_offset' of group '" + Redaction.redactSecrets(name())
          + "' must be a duration like 1m, not '" + d + "'");
    });
    limit().filter(l -> l < 0).ifPresent(l -> {
      throw new IllegalArgumentException("'limit' of group '"
          + Redaction.redactSecrets(name()) + "' must be 0 or more, not " + l);
    });
  }
}
