package dev.devopskit.observability.ruletest;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One scenario of a rule unit test: synthetic series, and the alerts expected at given times. */
@Value.Immutable
@DevOpsStyle
public abstract class RuleTestGroup implements WithRuleTestGroup {

  /** The scenario's name, shown when it fails. */
  public abstract Optional<String> name();

  /** The time between two values of each series. */
  @Value.Default
  public String interval() {
    return "1m";
  }

  /** The synthetic series. */
  public abstract List<InputSeries> inputSeries();

  /** The alert checks. */
  public abstract List<AlertTestCase> alertRuleTests();

  /** Starts a scenario. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds scenarios. */
  public static final class Builder extends ImmutableRuleTestGroup.Builder {}
}
