package dev.devopskit.cli;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.Generation;
import dev.devopskit.core.project.Evidence;
import dev.devopskit.core.project.HealthCheck;
import dev.devopskit.core.project.ProjectFacts;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.core.project.Toolchain.PackageManager;
import dev.devopskit.core.secret.SecretRef;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.github.preset.DeployStep;
import dev.devopskit.github.preset.DeployTarget;
import dev.devopskit.github.preset.TrunkPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code devops ci trunk-pipeline}: detects the project's toolchain, commands, database and migrations, says what
 * it found and where, and writes {@code ci.yml} and {@code promote-production.yml}.
 */
@Command(name = "trunk-pipeline", mixinStandardHelpOptions = true,
    description = {"Writes the trunk-based pipeline: .github/workflows/ci.yml (checks cheapest first, image build, "
        + "deploy to staging on push to the trunk) and promote-production.yml (manual promotion of an image).",
        "The toolchain and commands come from the repository (package.json scripts and lockfile, pom.xml, Gradle "
        + "files) unless given as options. Files edited by hand are kept unless --force is given.",
        "Exit code: 0 when everything was written (or is current), 1 when a hand-edited file was kept, 2 on usage "
        + "errors."})
final class TrunkPipelineCommand implements Callable<Integer> {
  private static final String NONE = "none";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-C", "--dir"}, paramLabel = "DIR", defaultValue = ".", description = "The repository (default: .)")
  Path dir;

  @Option(names = "--package-manager", paramLabel = "PM",
      description = "npm, pnpm, yarn, maven or gradle (default: detected)")
  PackageManager packageManager;

  @Option(names = "--runtime-version", paramLabel = "VERSION", description = "Node or Java major version")
  String runtimeVersion;

  @Option(names = "--lint", paramLabel = "CMD", description = "Lint command ('none' drops the stage)")
  String lint;

  @Option(names = "--type-check", paramLabel = "CMD", description = "Type-check command ('none' drops the stage)")
  String typeCheck;

  @Option(names = "--unit-test", paramLabel = "CMD", description = "Unit-test command ('none' drops the stage)")
  String unitTest;

  @Option(names = "--integration-test", paramLabel = "CMD",
      description = "Integration-test command ('none' drops the stage)")
  String integrationTest;

  @Option(names = "--build", paramLabel = "CMD", description = "Build command run before the image build "
      + "('none' drops it)")
  String build;

  @Option(names = "--migrate", paramLabel = "CMD", description = "Migration command before the integration tests "
      + "('none' drops it; default: detected Prisma, Flyway or Liquibase)")
  String migrate;

  @Option(names = "--postgres", paramLabel = "VERSION", description = "Run the integration tests against "
      + "PostgreSQL VERSION (default: detected)")
  String postgres;

  @Option(names = "--trunk", paramLabel = "BRANCH", defaultValue = "main", description = "Trunk branch "
      + "(default: ${DEFAULT-VALUE})")
  String trunk;

  @Option(names = "--staging-url", paramLabel = "URL", defaultValue = "https://staging.example.com",
      description = "Staging URL (default: ${DEFAULT-VALUE})")
  String stagingUrl;

  @Option(names = "--production-url", paramLabel = "URL", defaultValue = "https://example.com",
      description = "Production URL (default: ${DEFAULT-VALUE})")
  String productionUrl;

  @Option(names = "--health-path", paramLabel = "PATH", defaultValue = "/health",
      description = "Health endpoint the smoke tests probe (default: ${DEFAULT-VALUE})")
  String healthPath;

  @Option(names = "--deploy-command", paramLabel = "CMD", defaultValue = "./scripts/deploy.sh",
      description = "Command that deploys $IMAGE to $ENVIRONMENT (default: ${DEFAULT-VALUE})")
  String deployCommand;

  @Option(names = "--deploy-secret", paramLabel = "NAME",
      description = "A secret the deploy command gets as an environment variable (repeatable)")
  List<String> deploySecrets = new ArrayList<>();

  @Option(names = "--registry", paramLabel = "HOST", defaultValue = "ghcr.io",
      description = "Container registry (default: ${DEFAULT-VALUE})")
  String registry;

  @Option(names = "--dry-run", description = "Print what would be written, with diffs, and write nothing")
  boolean dryRun;

  @Option(names = "--force", description = "Overwrite workflows that were edited by hand")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UsageException("--dir " + dir + " is not a folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    ProjectFacts facts = ProjectFacts.detect(dir);
    out.println("Found in " + dir + ":");
    if (facts.evidence().isEmpty()) {
      out.println("  nothing (no package.json, pom.xml or Gradle build)");
    }
    for (Evidence evidence : facts.evidence()) {
      out.println("  " + evidence);
    }
    TrunkPipeline pipeline = pipeline(facts);
    Toolchain.Commands commands = pipeline.toolchain().commands();
    out.println("Pipeline: " + pipeline.toolchain().packageManager().label() + " "
        + pipeline.toolchain().version() + "; lint: " + show(commands.lint()) + "; type check: "
        + show(commands.typeCheck()) + "; unit tests: " + show(commands.unitTest()) + "; integration tests: "
        + show(commands.integrationTest()) + "; build: " + show(commands.build()) + "; migrations: "
        + show(pipeline.migrateCommand()) + "; services: " + (pipeline.services().isEmpty() ? "none"
        : pipeline.services().stream().map(BackingService::image).reduce((a, b) -> a + ", " + b).orElse("")));
    List<GeneratedFile> files = pipeline.files(WriteOptions.defaults());
    Generation generation = Generation.in(dir);
    Generation.Plan plan = dryRun ? generation.plan(files, force) : generation.apply(files, force);
    out.print((dryRun ? "Would write (dry run):\n" : "Wrote:\n") + plan.describe(dryRun));
    out.flush();
    return plan.conflicts().isEmpty() ? 0 : 1;
  }

  private TrunkPipeline pipeline(ProjectFacts facts) {
    Toolchain toolchain;
    if (packageManager != null) {
      toolchain = Toolchain.builder().packageManager(packageManager).build();
      Optional<Toolchain> detected = facts.toolchain().filter(t -> t.packageManager() == packageManager);
      if (detected.isPresent()) {
        toolchain = detected.get();
      }
    } else {
      toolchain = facts.toolchain().orElseThrow(() -> new UsageException("no toolchain found in " + dir
          + " (no lockfile, pom.xml or Gradle build); pass --package-manager npm|pnpm|yarn|maven|gradle"));
    }
    if (runtimeVersion != null) {
      toolchain = toolchain.withVersion(runtimeVersion);
    }
    Toolchain.Commands commands = toolchain.commands();
    commands = Toolchain.Commands.builder()
        .lint(override(lint, commands.lint()))
        .typeCheck(override(typeCheck, commands.typeCheck()))
        .unitTest(override(unitTest, commands.unitTest()))
        .integrationTest(override(integrationTest, commands.integrationTest()))
        .build(override(build, commands.build()))
        .build();
    TrunkPipeline.Builder builder = TrunkPipeline.builder()
        .toolchain(toolchain.withCommands(commands))
        .trunk(trunk)
        .registry(registry)
        .healthCheck(HealthCheck.builder().path(healthPath).build())
        .staging(DeployTarget.of("staging", stagingUrl))
        .production(DeployTarget.of("production", productionUrl));
    if (postgres != null) {
      builder.addServices(BackingService.postgres(postgres));
    } else {
      facts.services().stream().filter(s -> s.kind() == BackingService.Kind.POSTGRESQL).findFirst()
          .ifPresent(builder::addServices);
    }
    override(migrate, facts.migrateCommand()).ifPresent(builder::migrateCommand);
    DeployStep.Builder deploy = DeployStep.builder().command(deployCommand);
    for (String secret : deploySecrets) {
      deploy.putSecret(secret.toUpperCase(Locale.ROOT), SecretRef.named(secret));
    }
    builder.deploy(deploy.build());
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static Optional<String> override(String option, Optional<String> detected) {
    if (option == null) {
      return detected;
    }
    return option.isBlank() || option.equalsIgnoreCase(NONE) ? Optional.empty() : Optional.of(option);
  }

  private static String show(Optional<String> command) {
    return command.map(Function.identity()).orElse("none");
  }
}
