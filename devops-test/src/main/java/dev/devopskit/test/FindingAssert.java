package dev.devopskit.test;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.report.Reports;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * The findings of one rule on a subject, narrowed step by step: each step keeps the findings that match and fails
 * when none does, printing every finding of the subject as {@code devops check} would.
 *
 * <pre>{@code
 * assertThat(workflow).hasFinding("github/template-injection").atLine(12).withMessageContaining("github.event");
 * }</pre>
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {
  private final CheckResult all;
  private final String subject;
  private final String expected;

  FindingAssert(List<Finding> findings, CheckResult all, String subject, String expected) {
    super(List.copyOf(findings), FindingAssert.class);
    this.all = all;
    this.subject = subject;
    this.expected = expected;
  }

  /** Keeps the findings on this line (1-based) of the file. */
  public FindingAssert atLine(int line) {
    return narrow(f -> f.location().line() == line, "at line " + line);
  }

  /** Keeps the findings whose message contains this text. */
  public FindingAssert withMessageContaining(String text) {
    return narrow(f -> f.message().contains(text), "with a message containing \"" + text + "\"");
  }

  private FindingAssert narrow(Predicate<Finding> test, String condition) {
    List<Finding> kept = actual.stream().filter(test).collect(Collectors.toList());
    String narrowed = expected + " " + condition;
    if (kept.isEmpty()) {
      failWithMessage("%nExpected %s to have a finding %s, but it has none; its findings:%n%n%s", subject, narrowed,
          Reports.text(all, false));
    }
    return new FindingAssert(kept, all, subject, narrowed);
  }
}
