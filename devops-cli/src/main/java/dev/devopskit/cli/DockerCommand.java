package dev.devopskit.cli;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.project.ProjectFacts;
import dev.devopskit.core.project.Toolchain.Language;
import dev.devopskit.core.project.Toolchain.PackageManager;
import dev.devopskit.docker.preset.DockerSetup;
import dev.devopskit.docker.preset.LocalStack;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.kit.DevOpsKit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code devops docker}: container files for a repository. */
@Command(name = "docker", mixinStandardHelpOptions = true,
    description = "Writes the container files of a repository (Dockerfile, compose file, .dockerignore).",
    subcommands = {DockerCommand.App.class})
final class DockerCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code devops docker app}: Dockerfile, compose file, .dockerignore and .env.example for an application. */
  @Command(name = "app", mixinStandardHelpOptions = true,
      description = {"Writes docker/Dockerfile, docker-compose.yml, .dockerignore and .env.example.",
          "The toolchain, package manager and database come from the repository (pom.xml, Gradle files, "
              + "package.json and its lockfile, prisma/schema.prisma, database drivers) unless given.",
          "Existing files are left alone unless --force is given."})
  static final class App implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-C", "--dir"}, paramLabel = "DIR", defaultValue = ".",
        description = "The repository (default: the current folder)")
    Path dir;

    @Option(names = "--toolchain", paramLabel = "java|node", description = "The application's language")
    String toolchain;

    @Option(names = "--build-tool", paramLabel = "maven|gradle", description = "Java build tool")
    String buildTool;

    @Option(names = "--package-manager", paramLabel = "npm|pnpm|yarn", description = "Node package manager")
    String packageManager;

    @Option(names = "--database", paramLabel = "postgres|mysql|none", description = "The database to run beside it")
    String database;

    @Option(names = "--port", paramLabel = "PORT", description = "The port the application listens on")
    Integer port;

    @Option(names = "--name", paramLabel = "NAME", description = "The compose project name (default: folder name)")
    String name;

    @Option(names = "--force", description = "Overwrite files that exist")
    boolean force;

    @Option(names = "--dry-run", description = "Print the files instead of writing them")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir)) {
        throw new UsageException("no such folder: " + dir);
      }
      DockerSetup setup = setup();
      PrintWriter out = spec.commandLine().getOut();
      List<GeneratedFile> files = projectFiles(setup.files());
      if (dryRun) {
        for (GeneratedFile file : files) {
          out.println("==> " + file.path() + " <==");
          out.print(file.text());
        }
        out.flush();
        return 0;
      }
      List<String> existing = new ArrayList<>();
      for (GeneratedFile file : files) {
        if (!force && file.current(dir).isPresent() && !file.upToDate(dir)) {
          existing.add(file.path());
        }
      }
      if (!existing.isEmpty()) {
        throw new UsageException("these files exist and differ: " + String.join(", ", existing)
            + "; run with --force to overwrite them or --dry-run to see what would be written");
      }
      for (GeneratedFile file : files) {
        file.write(dir);
        out.println("wrote " + file.path());
      }
      out.println(describe(setup));
      out.flush();
      return 0;
    }

    /**
     * With no option given, in a repository where {@code devops init} wrote the container files and they are
     * current, those files (init also knows the entry point, the health check and the PostgreSQL version), so that
     * running this command after init changes nothing; else the preset's.
     */
    private List<GeneratedFile> projectFiles(List<GeneratedFile> preset) {
      if (toolchain != null || buildTool != null || packageManager != null || database != null || port != null
          || name != null) {
        return preset;
      }
      Assumptions assumptions = Assumptions.in(dir, spec);
      Optional<Blueprint> blueprint = assumptions.blueprint();
      if (blueprint.isEmpty()) {
        return preset;
      }
      Set<String> paths = preset.stream().map(GeneratedFile::path).collect(Collectors.toSet());
      List<GeneratedFile> same = DevOpsKit.files(blueprint.get()).stream().filter(f -> paths.contains(f.path()))
          .toList();
      if (same.size() != preset.size() || !same.stream().allMatch(this::current)) {
        return preset;
      }
      return assumptions.assumed("the container files devops init wrote, which are current", "the detected "
          + "project; give --toolchain, --database or --port to choose otherwise", same);
    }

    private boolean current(GeneratedFile file) {
      try {
        return file.upToDate(dir);
      } catch (IOException e) {
        return false;
      }
    }

    private static String describe(DockerSetup setup) {
      String tool = (setup.language() == Language.JAVA ? "Java with " : "Node with ")
          + setup.packageManager().label();
      return tool + ", database " + setup.database().name().toLowerCase(Locale.ROOT) + ", port " + setup.port()
          + ". Next: cp .env.example .env, fill it in, then docker compose up";
    }

    private DockerSetup setup() {
      DockerSetup.Detected detected = DockerSetup.inspect(ProjectFacts.detect(dir));
      Language chain = toolchain != null ? parse(Language.class, toolchain, "--toolchain")
          : detected.language().orElseThrow(() -> new UsageException("cannot tell the toolchain of " + dir
              + " (no pom.xml, Gradle build or package.json); give --toolchain java or --toolchain node"));
      PackageManager manager = chain == Language.JAVA
          ? packageManager(buildTool, "--build-tool", Language.JAVA, detected, PackageManager.MAVEN)
          : packageManager(packageManager, "--package-manager", Language.NODE, detected, PackageManager.NPM);
      LocalStack.Database db = database != null ? parse(LocalStack.Database.class, database, "--database")
          : detected.database();
      try {
        DockerSetup setup = DockerSetup.of(name != null ? name : detected.name(), manager, db);
        DockerSetup chosen = port == null ? setup : new DockerSetup(setup.name(), manager, db, port);
        chosen.stack();
        chosen.dockerfile();
        return chosen;
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }

    /**
     * The package manager of a language: the option's value, else the detected one when it is of that language,
     * else the default.
     */
    private static PackageManager packageManager(String value, String option, Language language, DockerSetup.Detected
        detected, PackageManager fallback) {
      List<PackageManager> allowed = Arrays.stream(PackageManager.values()).filter(m -> m.language() == language)
          .toList();
      if (value == null) {
        return detected.packageManager().filter(allowed::contains).orElse(fallback);
      }
      return parse(allowed, value, option);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
      return parse(List.of(type.getEnumConstants()), value, option);
    }

    private static <E extends Enum<E>> E parse(List<E> constants, String value, String option) {
      for (E constant : constants) {
        if (constant.name().equals(value.toUpperCase(Locale.ROOT))) {
          return constant;
        }
      }
      List<String> names = new ArrayList<>();
      for (E constant : constants) {
        names.add(constant.name().toLowerCase(Locale.ROOT));
      }
      throw new UsageException(option + " must be one of " + String.join(", ", names) + ", not '" + value + "'");
    }
  }
}
