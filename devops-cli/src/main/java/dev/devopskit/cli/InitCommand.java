package dev.devopskit.cli;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.Generation;
import dev.devopskit.core.project.Evidence;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.kit.DevOpsKit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code devops init [DIR]}: detects the project, shows what was found, and writes every DevOps file. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Detects the project in DIR (default: .), shows what was found and from where, and writes its "
        + "Dockerfile, compose file, workflows, monitoring, backups, flags and operations documents.",
        "Files edited by hand since devops-kit wrote them are kept and shown as diffs; --force overwrites them."})
final class InitCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "The repository (default: .)")
  Path directory = Path.of(".");

  @Option(names = "--dry-run", description = "Print the plan and the diffs; write nothing")
  boolean dryRun;

  @Option(names = "--force", description = "Overwrite files edited by hand or not written by devops-kit")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new UsageException("no such folder: " + directory);
    }
    PrintWriter out = spec.commandLine().getOut();
    DevOpsKit.Setup setup = DevOpsKit.detect(directory);
    out.println("Detected in " + directory + ":");
    for (Evidence evidence : setup.facts().evidence()) {
      out.println("  " + evidence);
    }
    for (Finding finding : setup.findings()) {
      spec.commandLine().getErr().println(finding);
    }
    if (setup.blueprint().isEmpty()) {
      spec.commandLine().getErr().println("devops: no toolchain found in " + directory + ": add package.json, "
          + "pom.xml or build.gradle, or describe the project in devops.yaml (toolchain.packageManager)");
      return 2;
    }
    Blueprint blueprint = setup.blueprint().get();
    Generation.Plan plan = dryRun ? DevOpsKit.plan(blueprint, directory, force)
        : DevOpsKit.generate(blueprint, directory, force);
    out.println();
    out.println(dryRun ? "Plan (dry run, nothing written):" : "Wrote:");
    out.print(plan.describe(dryRun));
    if (!plan.conflicts().isEmpty()) {
      out.println();
      out.println(plan.conflicts().size() + " file(s) kept because they were edited by hand; the changes "
          + "devops-kit would make:");
      plan.conflicts().forEach(step -> step.diff().ifPresent(out::print));
      out.println("Run 'devops init --force' to overwrite them.");
    }
    if (!dryRun) {
      out.println();
      out.println("Next: devops check " + directory);
    }
    out.flush();
    return 0;
  }
}
