package dev.devopskit.cli;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.files.AtomicFile;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.Baseline;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.report.ReportFormat;
import dev.devopskit.core.report.Reports;
import dev.devopskit.kit.check.CheckPolicy;
import dev.devopskit.kit.check.RepositoryCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code devops check [PATH...]}: checks files and folders with every registered format. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks files and folders with every registered format and prints a report.",
        "Exit code: 0 when nothing at or above --fail-on remains, 1 when something does, 2 on usage errors."})
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to check (default: .)")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "FILE",
      description = "Policy file (default: .devops-kit.yml in the checked folder or at its repository root)")
  Path policyFile;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Rules to run: recommended (default without a policy file), trunk or strict; "
          + "replaces the policy file's profile")
  String profile;

  @CommandLine.Mixin
  ReportFormatOption format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to a file instead of stdout")
  Path output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit 1 when a finding at or above this severity remains: error, warning, note, none "
          + "(default: ${DEFAULT-VALUE})")
  String failOn;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Accept the findings whose fingerprints are listed")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write the fingerprints of every finding to FILE (to adopt rules gradually)")
  Path writeBaseline;

  @Option(names = "--kind", paramLabel = "KIND", completionCandidates = Kinds.class,
      description = "Read the files named on the command line as this format, whatever their path or content "
          + "says: ${COMPLETION-CANDIDATES}")
  String kind;

  @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "5242880",
      description = "Largest file read (default: ${DEFAULT-VALUE})")
  long maxFileSize;

  /**
   * The installed formats, being loaded on another thread since before the command line was parsed (see
   * {@link #loadFormatsEarly}); {@code null} when nothing was started.
   */
  private static final AtomicReference<FutureTask<Formats>> EARLY = new AtomicReference<>();

  /**
   * Starts loading the formats (every reader and rule class loaded and initialised) and the digest the report's
   * fingerprints use on a background thread, so that this overlaps with parsing the command line, which takes a
   * tenth of a second in a fresh JVM.
   */
  static void loadFormatsEarly() {
    FutureTask<Formats> task = new FutureTask<>(() -> {
      Formats formats = Formats.installed();
      try {
        // The security providers' first look-up takes a few hundredths of a second; the report's fingerprints
        // (SHA-256) would otherwise pay it at the end of the run.
        MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        // Every Java platform has SHA-256; the report says so if not.
      }
      return formats;
    });
    if (EARLY.compareAndSet(null, task)) {
      Thread thread = new Thread(task, "devops-formats");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private static Formats formats() {
    FutureTask<Formats> task = EARLY.getAndSet(null);
    if (task != null) {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // Loaded again below, on this thread, where a failure is reported as usual.
      }
    }
    return Formats.installed();
  }

  @Override
  public Integer call() throws IOException {
    ReportFormat reportFormat = format.get();
    Severity threshold = null;
    if (!failOn.equalsIgnoreCase("none")) {
      threshold = Severity.parse(failOn).orElseThrow(() ->
          new UsageException("--fail-on must be error, warning, note or none, not '" + failOn + "'"));
    }
    List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    for (Path path : targets) {
      if (!Files.exists(path)) {
        throw new UsageException("no such file or folder: " + path);
      }
    }
    Profile chosen = null;
    if (profile != null) {
      chosen = Profile.parse(profile).orElseThrow(() ->
          new UsageException("--profile must be recommended, trunk or strict, not '" + profile + "'"));
    }
    Formats formats = formats();
    CheckPolicy policy;
    try {
      policy = CheckPolicy.load(formats, Optional.ofNullable(policyFile), targets.get(0));
      policy = chosen == null ? policy : policy.withProfile(chosen);
      policy = baseline == null ? policy : policy.withBaseline(baseline);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Optional<Format<?>> forced = kind == null ? Optional.empty() : Optional.of(Kinds.byName(formats, kind, List.of()));
    routeNamedFiles(targets, formats, policy, forced);
    Path root = RepositoryCheck.repositoryRoot(targets.get(0));
    boolean progress = System.console() != null;
    RepositoryCheck check = RepositoryCheck.of(formats, policy.policy()).withMaxBytes(maxFileSize);
    CheckResult result = (forced.isPresent() ? check.withKind(forced.get()) : check)
        .withProgress(done -> {
          if (progress && done >= 300) {
            spec.commandLine().getErr().print("\rdevops: checked " + done + " files");
            spec.commandLine().getErr().flush();
          }
        }).check(root, targets);
    if (progress && result.filesChecked() >= 300) {
      spec.commandLine().getErr().println();
    }
    result = policy.addFindingsTo(result);
    if (writeBaseline != null) {
      Baseline.write(writeBaseline, result.findingList());
      spec.commandLine().getErr().println("devops: wrote " + result.findings().size() + " fingerprints to "
          + writeBaseline);
    }
    boolean color = output == null && reportFormat == ReportFormat.TEXT && Terminal.colors();
    String report = Reports.render(result, reportFormat, color);
    if (output != null) {
      AtomicFile.write(output, report);
      spec.commandLine().getErr().println(Reports.summary(result));
    } else {
      spec.commandLine().getOut().print(report);
      spec.commandLine().getOut().flush();
    }
    return threshold != null && result.hasFindingsAtLeast(threshold) ? 1 : 0;
  }

  /**
   * Says what happens to each file named on the command line that its path does not route: with {@code --kind} a
   * folder is a usage error; without it, a file no format reads, and one that only the plain-text fallback reads,
   * get a warning on stderr naming the file and {@code --kind}; so does a file the policy's {@code exclude} globs
   * skip.
   */
  private void routeNamedFiles(List<Path> targets, Formats formats, CheckPolicy policy, Optional<Format<?>> forced) {
    PathCheck paths = PathCheck.of(formats, policy.policy());
    String kinds = String.join(", ", Kinds.names(formats));
    for (Path target : targets) {
      if (Files.isDirectory(target)) {
        if (forced.isPresent()) {
          throw new UsageException("--kind reads the files named on the command line, and " + target
              + " is a folder; name its files instead");
        }
        continue;
      }
      if (paths.excludedNamedFile(target)) {
        spec.commandLine().getErr().println("devops: " + target + ": the policy's exclude globs skip this file, so "
            + "it is not checked; to check it, narrow the exclude list of the policy file");
        continue;
      }
      if (forced.isPresent()) {
        continue;
      }
      Optional<Format<?>> format = paths.formatOfNamedFile(target);
      if (format.isEmpty()) {
        // a warning, not an error: hooks such as pre-commit pass every changed file, DevOps file or not
        spec.commandLine().getErr().println("devops: " + target + ": no format reads this file, so it is not "
            + "checked; if it is one of them, name its kind with --kind KIND (one of: " + kinds + ")");
      } else if (format.get().priority() < 0) {
        spec.commandLine().getErr().println("devops: " + target + ": its path and content name no format, so it is "
            + "checked only as " + format.get().name() + "; if it is one of them, name its kind with --kind KIND "
            + "(one of: " + kinds + ")");
      }
    }
  }
}
