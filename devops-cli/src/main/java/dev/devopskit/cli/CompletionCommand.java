package dev.devopskit.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints a bash/zsh completion script: {@code source <(devops completion)}. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Prints a bash and zsh completion script: source <(devops completion)")
final class CompletionCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash("devops", root));
    spec.commandLine().getOut().flush();
  }
}
