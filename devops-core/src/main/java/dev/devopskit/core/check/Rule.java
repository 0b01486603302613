package dev.devopskit.core.check;

/**
 * A check of one kind of value: a pure function from the value (and options) to findings.
 *
 * <p>A rule reports through its {@link RuleContext} and never throws on odd input; the engine turns an escaping
 * exception into a {@code core/rule-failure} finding so one broken rule cannot hide the others.
 *
 * <pre>{@code
 * final class JobName implements Rule<Workflow> {
 *   static final RuleInfo INFO = RuleInfo.of("github/job-name", Profile.TRUNK, Severity.WARNING,
 *       "Every job has a readable name");
 *   public RuleInfo info() { return INFO; }
 *   public void check(Workflow workflow, RuleContext context) {
 *     workflow.jobs().forEach((id, job) -> {
 *       if (job.name().isEmpty()) context.report(DocPath.of("jobs", id), "job '" + id + "' has no name");
 *     });
 *   }
 * }
 * }</pre>
 *
 * @param <T> the type of value the rule checks
 */
public interface Rule<T> {

  /** The rule's id, summary, severity and options. */
  RuleInfo info();

  /** Checks one value and reports what is wrong. */
  void check(T value, RuleContext context);
}
