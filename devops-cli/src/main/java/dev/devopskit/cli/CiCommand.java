package dev.devopskit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code devops ci}: writes CI/CD workflows. */
@Command(name = "ci", mixinStandardHelpOptions = true,
    description = "Writes CI/CD workflows for a repository.",
    subcommands = {TrunkPipelineCommand.class})
final class CiCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
