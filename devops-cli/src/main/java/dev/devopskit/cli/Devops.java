package dev.devopskit.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code devops} command: writes, reads and checks the DevOps files of a repository.
 *
 * <p>Exit codes: 0 when nothing at or above {@code --fail-on} was found, 1 when something was, 2 on usage errors.
 */
@Command(name = "devops",
    mixinStandardHelpOptions = true,
    versionProvider = Devops.Version.class,
    description = "Writes, reads and checks the DevOps files of a repository: workflows, Dockerfiles, compose "
        + "files, alerts, runbooks, postmortems.")
public final class Devops implements Runnable {
  /**
   * The subcommands by name, in the order the usage lists them. Building a subcommand's model (options, nested
   * subcommands, mixins) is most of the start-up, so a run that names one builds only that one; the usage, help,
   * completion and every other run build them all.
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    // The names are the classes' @Command names; a test checks it.
    SUBCOMMANDS.put("init", InitCommand.class);
    SUBCOMMANDS.put("check", CheckCommand.class);
    SUBCOMMANDS.put("config", ConfigCommand.class);
    SUBCOMMANDS.put("rules", RulesCommand.class);
    SUBCOMMANDS.put("feature-flag", FeatureFlagCommand.class);
    SUBCOMMANDS.put("ci", CiCommand.class);
    SUBCOMMANDS.put("deploy", DeployCommand.class);
    SUBCOMMANDS.put("docker", DockerCommand.class);
    SUBCOMMANDS.put("postmortem", PostmortemCommand.class);
    SUBCOMMANDS.put("runbook", RunbookCommand.class);
    SUBCOMMANDS.put("infra", InfraCommand.class);
    SUBCOMMANDS.put("monitor", MonitorCommand.class);
    SUBCOMMANDS.put("db", DbCommand.class);
    SUBCOMMANDS.put("to-java", ToJavaCommand.class);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    SUBCOMMANDS.put("completion", CompletionCommand.class);
  }

  /** Subcommands that need the whole tree (they list or describe the other commands). */
  private static final Set<String> NEED_ALL = Set.of("help", "completion");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code (for tests and embedding). */
  public static int run(String... args) {
    if (args.length > 0 && args[0].equals("check")) {
      CheckCommand.loadFormatsEarly();
    }
    if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !NEED_ALL.contains(args[0])) {
      return commandLine(List.of(args[0])).execute(args);
    }
    return commandLine().execute(args);
  }

  /** The configured command line, with every subcommand. */
  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS.keySet());
  }

  private static CommandLine commandLine(Collection<String> names) {
    CommandLine line = new CommandLine(new Devops());
    for (String name : names) {
      line.addSubcommand(name, SUBCOMMANDS.get(name));
    }
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler(new Failures());
    return line;
  }

  /** The subcommands by name (for tests). */
  static Map<String, Class<?>> subcommands() {
    return Collections.unmodifiableMap(SUBCOMMANDS);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Devops.class.getPackage().getImplementationVersion();
      return new String[] {"devops-kit " + (version == null ? "0.1.0-SNAPSHOT" : version)};
    }
  }

  /** Turns an unexpected exception into one line on stderr and exit code 2, never a stack trace. */
  static final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      line.getErr().println("devops: " + dev.devopskit.core.secret.Redaction.redactSecrets(message));
      if (System.getenv("DEVOPS_KIT_DEBUG") != null) {
        e.printStackTrace(line.getErr());
      }
      return e instanceof UsageException ? 2 : 3;
    }
  }
}
