package dev.devopskit.observability.ruletest;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A unit-test file for {@code promtool test rules}: the rule files it loads (relative to the test file), the
 * evaluation interval, and the scenarios.
 */
@Value.Immutable
@DevOpsStyle
public abstract class RuleTestFile implements WithRuleTestFile {

  /** The rule files under test, relative to this file: {@code alerts.yml}. */
  public abstract List<String> ruleFiles();

  /** How often rules are evaluated during the test. */
  @Value.Default
  public String evaluationInterval() {
    return "1m";
  }

  /** The scenarios. */
  public abstract List<RuleTestGroup> tests();

  /** A file that tests one rule file with these scenarios. */
  public static RuleTestFile of(String ruleFile, List<RuleTestGroup> tests) {
    return builder().addRuleFiles(ruleFile).addAllTests(tests).build();
  }

  /** Starts a file. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds files. */
  public static final class Builder extends ImmutableRuleTestFile.Builder {}

  @Value.Check
  protected void check() {
    if (ruleFiles().isEmpty()) {
      throw new IllegalArgumentException("a rule test file names at least one rule file under 'rule_files'");
    }
  }
}
