package dev.devopskit.observability.alerting;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Prometheus rule file: {@code groups:} of recording and alerting rules, as {@code promtool check rules} and the
 * Prometheus server read it.
 */
@Value.Immutable
@DevOpsStyle
public abstract class RuleFile implements WithRuleFile {

  /** The groups, in file order. */
  public abstract List<RuleGroup> groups();

  /** The group with this name. */
  public Optional<RuleGroup> group(String name) {
    return groups().stream().filter(g -> g.name().equals(name)).findFirst();
  }

  /** Every alerting rule, in file order. */
  public List<PrometheusRule> alerts() {
    return groups().stream().flatMap(g -> g.rules().stream()).filter(PrometheusRule::isAlert).toList();
  }

  /** This file with a group added, or replacing the group of the same name in place. */
  public RuleFile withGroup(RuleGroup group) {
    List<RuleGroup> next = new java.util.ArrayList<>(groups());
    int at = -1;
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).name().equals(group.name())) {
        at = i;
      }
    }
    if (at >= 0) {
      next.set(at, group);
    } else {
      next.add(group);
    }
    return withGroups(next);
  }

  /** A file of these groups. */
  public static RuleFile of(List<RuleGroup> groups) {
    return builder().addAllGroups(groups).build();
  }

  /** Starts a file. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds files. */
  public static final class Builder extends ImmutableRuleFile.Builder {}

  @Value.Check
  protected void check() {
    Set<String> seen = new HashSet<>();
    for (RuleGroup group : groups()) {
      if (!seen.add(group.name())) {
        throw new IllegalArgumentException("group name '" + Redaction.redactSecrets(group.name())
            + "' appears twice; group names are unique within a rule file");
      }
    }
  }
}
