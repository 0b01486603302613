// A policy check as a single-file program: no build, no project. Run it with the devops CLI jar on the class path:
//
//   java -cp devops-cli/target/devops.jar examples/scripts/PolicyCheck.java path/to/repository
//
// It checks the repository with every format and the cross-file rules under a strict policy (warnings fail too),
// prints GitHub annotations, and exits 1 when anything remains: drop it into any CI job.

import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.report.ReportFormat;
import dev.devopskit.core.report.Reports;
import dev.devopskit.kit.check.RepositoryCheck;
import java.nio.file.Path;
import java.util.Map;

public class PolicyCheck {
  public static void main(String[] args) throws Exception {
    Path repository = Path.of(args.length > 0 ? args[0] : ".");
    Policy policy = Policy.builder()
        .putSeverity("github/job-name", Severity.ERROR)
        .putOption("github/pipeline-budget", Map.of("budget-minutes", 10))
        .addExclude("examples/sample-repo/**")
        .build();
    CheckResult result = RepositoryCheck.of(Formats.installed(), policy).check(repository);
    System.out.print(Reports.render(result, ReportFormat.GITHUB));
    System.exit(result.hasFindingsAtLeast(Severity.WARNING) ? 1 : 0);
  }
}
