package dev.devopskit.cli;

import dev.devopskit.core.environment.DeploymentMode;
import dev.devopskit.core.environment.Environment;
import dev.devopskit.core.environment.Environments;
import dev.devopskit.core.environment.EnvironmentsFormat;
import dev.devopskit.core.environment.Tier;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.Generation;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.kit.DevOpsKit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code devops deploy ENV}: adds or updates an environment in {@code environments.yml} and rewrites the
 * workflows that deploy to it (staging from the trunk, production by promotion).
 */
@Command(name = "deploy", mixinStandardHelpOptions = true,
    description = {"Adds or updates an environment in environments.yml (tier, URL, how it is deployed, reviewers, "
        + "wait timer) and rewrites the deploy jobs of the CI and promotion workflows.",
        "Workflows edited by hand are kept and shown as diffs; --force overwrites them."})
final class DeployCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ENV",
      description = "The environment's name, such as staging (default: the first environment deployed from the "
          + "trunk, staging)")
  String name;

  @Option(names = {"-C", "--dir"}, paramLabel = "DIR", description = "The repository (default: .)")
  Path directory = Path.of(".");

  @Option(names = "--tier", paramLabel = "TIER", description = "local, staging, production or custom")
  String tier;

  @Option(names = "--url", paramLabel = "URL", description = "Where the environment answers")
  String url;

  @Option(names = "--manual", description = "Deployed by manual promotion (default for production)")
  Boolean manual;

  @Option(names = "--reviewer", paramLabel = "WHO", description = "A required reviewer (user, or team:slug)")
  List<String> reviewers = new ArrayList<>();

  @Option(names = "--wait-minutes", paramLabel = "N", description = "Minutes to wait before a deployment starts")
  Integer waitMinutes;

  @Option(names = "--dry-run", description = "Print the plan and the diffs; write nothing")
  boolean dryRun;

  @Option(names = "--force", description = "Overwrite workflows edited by hand")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new UsageException("no such folder: " + directory);
    }
    Assumptions assumptions = Assumptions.in(directory, spec);
    Blueprint blueprint = assumptions.require("project to deploy", "a repository with a toolchain");
    if (name == null) {
      name = assumptions.assumed("environment " + trunkEnvironment(blueprint), "the first environment deployed from "
          + "the trunk in " + DevOpsKit.ENVIRONMENTS_FILE, trunkEnvironment(blueprint));
    }
    List<Environment> environments = new ArrayList<>(blueprint.environments().environments());
    Optional<Environment> existing = environments.stream().filter(e -> e.name().equals(name)).findFirst();
    Environment updated;
    try {
      updated = update(existing.orElseGet(() -> Environment.builder().name(name).tier(tierOf(name)).build()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (existing.isPresent()) {
      environments.set(environments.indexOf(existing.get()), updated);
    } else {
      environments.add(updated);
    }
    Environments path;
    try {
      path = Environments.builder().environments(environments).build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Blueprint next = blueprint.withEnvironments(path);
    List<GeneratedFile> files = new ArrayList<>();
    files.add(GeneratedFile.of(DevOpsKit.ENVIRONMENTS_FILE, new EnvironmentsFormat().write(path)));
    DevOpsKit.files(next).stream().filter(f -> f.path().startsWith(".github/workflows/")).forEach(files::add);
    Generation generation = Generation.in(directory);
    // environments.yml is what this command edits: it is written even when it was edited by hand.
    Generation.Plan environmentsPlan = dryRun ? generation.plan(files.subList(0, 1), true)
        : generation.apply(files.subList(0, 1), true);
    Generation.Plan workflowsPlan = dryRun ? generation.plan(files.subList(1, files.size()), force)
        : generation.apply(files.subList(1, files.size()), force);
    PrintWriter out = spec.commandLine().getOut();
    out.println((existing.isPresent() ? "Updated" : "Added") + " environment '" + name + "' ("
        + updated.tier().id() + ", " + updated.deployment().id() + updated.url().map(u -> ", " + u).orElse("")
        + ")" + (dryRun ? " [dry run]" : ""));
    out.print(environmentsPlan.describe(dryRun));
    out.print(workflowsPlan.describe(dryRun));
    if (updated.tier() != Tier.STAGING && updated.tier() != Tier.PRODUCTION) {
      out.println("Note: the pipeline deploys staging and production; '" + name + "' is declared for the "
          + "environment rules and the docs, and has no deploy job of its own.");
    }
    if (!workflowsPlan.conflicts().isEmpty()) {
      workflowsPlan.conflicts().forEach(s -> s.diff().ifPresent(out::print));
      out.println("Run 'devops deploy " + name + " --force' to overwrite the workflows edited by hand.");
    }
    out.flush();
    return workflowsPlan.conflicts().isEmpty() ? 0 : 1;
  }

  private static String trunkEnvironment(Blueprint blueprint) {
    return blueprint.environments().environments().stream()
        .filter(e -> e.deployment() == DeploymentMode.AUTOMATIC_FROM_TRUNK).map(Environment::name).findFirst()
        .orElse("staging");
  }

  private Environment update(Environment environment) {
    Environment.Builder builder = Environment.builder().from(environment);
    if (tier != null) {
      builder.tier(Tier.parse(tier).orElseThrow(() -> new IllegalArgumentException(
          "--tier must be local, staging, production or custom, not '" + tier + "'")));
    }
    Tier chosen = tier != null ? Tier.parse(tier).orElseThrow() : environment.tier();
    if (manual != null) {
      builder.deployment(manual ? DeploymentMode.MANUAL_PROMOTION : DeploymentMode.AUTOMATIC_FROM_TRUNK);
    } else if (chosen == Tier.PRODUCTION) {
      builder.deployment(DeploymentMode.MANUAL_PROMOTION);
    }
    if (url != null) {
      builder.url(url);
    }
    if (!reviewers.isEmpty()) {
      builder.reviewers(reviewers);
    }
    if (waitMinutes != null) {
      builder.waitTimerMinutes(waitMinutes);
    }
    return builder.build();
  }

  private static Tier tierOf(String name) {
    return Tier.parse(name).orElse(Tier.CUSTOM);
  }
}
