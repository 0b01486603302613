package dev.devopskit.cli;

import dev.devopskit.core.report.ReportFormat;
import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print a report ({@code check}, {@code db verify}). */
final class ReportFormatOption {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: text, json, sarif, github (default: ${DEFAULT-VALUE})")
  String format;

  /** The chosen format; an unknown one is a usage error. */
  ReportFormat get() {
    return ReportFormat.parse(format)
        .orElseThrow(() -> new UsageException("--format must be text, json, sarif or github, not '" + format + "'"));
  }
}
