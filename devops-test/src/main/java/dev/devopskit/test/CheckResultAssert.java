package dev.devopskit.test;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.policy.CheckResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on a check's result. {@link #hasNoFindings(Profile)} looks only at the findings of rules in that
 * profile (a rule the result does not describe counts as in every profile).
 */
public final class CheckResultAssert extends AbstractFindingsAssert<CheckResultAssert, CheckResult> {

  CheckResultAssert(CheckResult result) {
    super(result, CheckResultAssert.class);
  }

  @Override
  protected CheckResult check(Profile profile) {
    List<Finding> kept = actual.findings().stream().filter(f -> inProfile(f, profile)).collect(Collectors.toList());
    return actual.withFindings(kept);
  }

  private boolean inProfile(Finding finding, Profile profile) {
    RuleInfo rule = actual.rules().get(finding.ruleId());
    return rule == null || profile.includes(rule.profile());
  }

  @Override
  protected String subject() {
    return "the check result";
  }
}
