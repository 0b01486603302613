package dev.devopskit.cli;

import dev.devopskit.core.project.Evidence;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.kit.DevOpsKit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/**
 * What a seed command takes from the repository when an option is not given. Each assumption is said on standard
 * error, one line each ({@code devops: assumed service checkout (from package.json)}), so the output a command
 * writes stays as it was and a reader sees what to pass to decide otherwise.
 */
final class Assumptions {
  /** The files project detection reads, for the message that says which one would have answered. */
  static final String PROJECT_FILES = "a package.json, pom.xml, build.gradle or devops.yaml";

  private final Path root;
  private final PrintWriter err;
  private DevOpsKit.Setup setup;

  private Assumptions(Path root, PrintWriter err) {
    this.root = root;
    this.err = err;
  }

  /** The assumptions of a command run against the repository at {@code root}. */
  static Assumptions in(Path root, CommandLine.Model.CommandSpec spec) {
    return new Assumptions(root, spec.commandLine().getErr());
  }

  /** The detected project; detection runs once, on first use. */
  DevOpsKit.Setup setup() {
    if (setup == null) {
      setup = DevOpsKit.detect(root);
    }
    return setup;
  }

  /** The blueprint of the detected project, when the repository has a toolchain. */
  Optional<Blueprint> blueprint() {
    return setup().blueprint();
  }

  /**
   * The blueprint, or a usage error naming what is missing, the option that gives it, and the files detection
   * reads.
   */
  Blueprint require(String what, String option) {
    return blueprint().orElseThrow(() -> new UsageException("no " + what + ": give " + option
        + ", or run in a repository with " + PROJECT_FILES + " (none in " + root + ")"));
  }

  /** The service name: the option's value, else the detected project's name, said. */
  String service(String given, String option) {
    return name("service", given, option);
  }

  /** A name for what the project is ({@code service}, {@code component}): given, else the detected project's. */
  String name(String what, String given, String option) {
    if (given != null) {
      return given;
    }
    String name = require(what + " name", option).name();
    return assumed(what + " " + name, nameSource(), name);
  }

  /** Says an assumption and returns its value. */
  <T> T assumed(String what, String from, T value) {
    err.println("devops: assumed " + what + " (" + from + ")");
    err.flush();
    return value;
  }

  /** Says an assumption that needs no value. */
  void note(String what, String from) {
    assumed(what, from, Boolean.TRUE);
  }

  private String nameSource() {
    return setup().facts().evidence().stream().filter(e -> e.fact().startsWith("name: ")).map(Evidence::source)
        .map(source -> "from " + source).findFirst().orElse("the folder's name");
  }
}
