package dev.devopskit.test;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.report.Reports;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * The findings assertions every subject shares: a value, a check result, a path. Failures print the findings as
 * {@code devops check}'s text report does ({@code file:line:col: severity [rule-id] message}).
 *
 * @param <S> the assertion's own type, for chaining
 * @param <A> the type of the subject
 */
public abstract class AbstractFindingsAssert<S extends AbstractFindingsAssert<S, A>, A> extends AbstractAssert<S, A> {

  /** An assertion on a subject. */
  protected AbstractFindingsAssert(A actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** What the subject's check reports under a profile. */
  protected abstract CheckResult check(Profile profile);

  /** How failure messages name the subject: {@code .github/workflows/ci.yml}. */
  protected abstract String subject();

  /** Asserts that the {@code recommended} profile (the default without a policy file) reports nothing. */
  public S hasNoFindings() {
    return hasNoFindings(Profile.RECOMMENDED);
  }

  /** Asserts that the rules of a profile report nothing. */
  public S hasNoFindings(Profile profile) {
    isNotNull();
    CheckResult result = check(profile);
    if (!result.findings().isEmpty()) {
      failWithMessage("%nExpected %s to have no findings under the %s profile, but it has %d:%n%n%s", subject(),
          profile.label(), result.findings().size(), Reports.text(result, false));
    }
    return myself;
  }

  /**
   * Asserts that a rule reports on the subject, and narrows to its findings: {@code .atLine(12)},
   * {@code .withMessageContaining("...")}. Every rule runs ({@code strict}), whatever its profile.
   */
  public FindingAssert hasFinding(String ruleId) {
    isNotNull();
    CheckResult result = check(Profile.STRICT);
    List<Finding> matching = result.findings().stream().filter(f -> f.ruleId().equals(ruleId))
        .collect(Collectors.toList());
    if (matching.isEmpty()) {
      failWithMessage("%nExpected %s to have a finding [%s], but it has none; its findings:%n%n%s", subject(), ruleId,
          Reports.text(result, false));
    }
    return new FindingAssert(matching, result, subject(), "[" + ruleId + "]");
  }
}
