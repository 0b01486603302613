package dev.devopskit.maven.internal;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.report.Reports;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Findings in Maven's log, in the form the compiler uses ({@code /abs/file:[line,column] message}), so that IDEs
 * and CI log viewers link each one to its place; errors at ERROR level, warnings at WARNING, notes at INFO.
 */
public final class FindingLog {
  private final Log log;
  private final Path root;

  /** Logs findings whose files are relative to {@code root}. */
  public FindingLog(Log log, Path root) {
    this.log = log;
    this.root = root.toAbsolutePath().normalize();
  }

  /** Logs at most {@code max} findings, worst first; returns how many were logged. */
  public int findings(CheckResult result, int max) {
    List<Finding> sorted = result.findingList().stream()
        .sorted((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity()) : a.compareTo(b))
        .limit(Math.max(0, max)).toList();
    sorted.forEach(this::finding);
    return sorted.size();
  }

  /** One finding's line: {@code /abs/path:[line,column] [rule-id] message (fix: ...)}. */
  public String line(Finding finding) {
    String file = finding.location().file();
    StringBuilder line = new StringBuilder();
    line.append(file.isEmpty() ? root.toString() : root.resolve(file).normalize().toString());
    if (finding.location().span().isPresent()) {
      line.append(":[").append(finding.location().line()).append(',').append(finding.location().column())
          .append(']');
    }
    line.append(" [").append(finding.ruleId()).append("] ").append(finding.message());
    finding.fix().ifPresent(fix -> line.append(" (fix: ").append(fix).append(')'));
    return line.toString();
  }

  private void finding(Finding finding) {
    String line = line(finding);
    switch (finding.severity()) {
      case ERROR:
        log.error(line);
        break;
      case WARNING:
        log.warn(line);
        break;
      default:
        log.info(line);
    }
  }

  /** The build failure's message: the counts, where the rest is, and how to see everything without failing. */
  public static String failure(CheckResult result, Severity threshold, int logged, Path json) {
    long failing = result.findingList().stream().filter(f -> f.severity().atLeast(threshold)).count();
    int total = result.findings().size();
    String rest = logged < total ? "The first " + logged + " are logged above, all " + total + " are in " + json
        : "They are logged above and in " + json;
    return "devops-kit: " + failing + (failing == 1 ? " finding" : " findings") + " at or above "
        + threshold.label() + " (" + Reports.summary(result) + "). " + rest
        + ". Fix them, accept them in a baseline (devops check --write-baseline), or run with -Ddevops.failOn=none"
        + " to report without failing.";
  }
}
