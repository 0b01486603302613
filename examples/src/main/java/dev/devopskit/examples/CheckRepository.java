package dev.devopskit.examples;

import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.report.ReportFormat;
import dev.devopskit.core.report.Reports;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a repository with every format on the class path and prints a SARIF report, the way a CI job would
 * before uploading it to code scanning.
 *
 * <pre>
 * java -cp ... dev.devopskit.examples.CheckRepository path/to/repository
 * </pre>
 */
public final class CheckRepository {
  private CheckRepository() {}

  /** Checks the folder given as the first argument (default: the current folder). */
  public static void main(String[] args) throws IOException {
    Path repository = Path.of(args.length > 0 ? args[0] : ".");
    CheckResult result = PathCheck.of(Formats.installed(), Policy.defaults()).check(List.of(repository));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(Reports.render(result, ReportFormat.SARIF));
    System.err.println(Reports.summary(result));
  }
}
