package dev.devopskit.kit;

import dev.devopskit.core.environment.DeploymentMode;
import dev.devopskit.core.environment.Environment;
import dev.devopskit.core.environment.Environments;
import dev.devopskit.core.environment.Tier;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.project.HealthCheck;
import dev.devopskit.core.project.ProjectFacts;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of a whole project, from which devops-kit writes every DevOps file: toolchain and commands, backing
 * services, health endpoint, environments, registry, deploy command, flags, service-level objective and backups.
 *
 * <pre>{@code
 * Blueprint blueprint = Blueprint.builder().name("shop").toolchain(Toolchain.node(PackageManager.PNPM))
 *     .addService(BackingService.postgres("16")).build();
 * DevOpsKit.generate(blueprint, Path.of("."));
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Blueprint implements WithBlueprint {

  /** The project's name (lower-kebab; the image and service names derive from it). */
  public abstract String name();

  /** How the project is built. */
  public abstract Toolchain toolchain();

  /** Backing services (PostgreSQL, ...). */
  public abstract List<BackingService> services();

  /** The health endpoint; by default {@code /health} on 3000 (Node) or 8080 (Java). */
  @Value.Default
  public HealthCheck healthCheck() {
    return HealthCheck.http("/health", toolchain().language() == Toolchain.Language.NODE ? 3000 : 8080);
  }

  /** The environments in promotion order; by default staging from the trunk, then production by promotion. */
  @Value.Default
  public Environments environments() {
    Environments.Builder environments = Environments.builder().addEnvironments(
        Environment.builder().name("staging").tier(Tier.STAGING).deployment(DeploymentMode.AUTOMATIC_FROM_TRUNK)
            .url("https://staging." + name() + ".example.com").addBranchPattern(trunk()).build(),
        Environment.builder().name("production").tier(Tier.PRODUCTION).deployment(DeploymentMode.MANUAL_PROMOTION)
            .url("https://" + name() + ".example.com").build());
    if (services().stream().anyMatch(s -> s.kind() == BackingService.Kind.POSTGRESQL)) {
      // The scheduled backup check reads its credentials (a read-only user) from an environment of its own.
      environments.addEnvironments(Environment.builder().name("backups").deployment(DeploymentMode.NONE)
          .addSecret(dev.devopskit.core.secret.SecretRef.named("DATABASE_URL")).build());
    }
    return environments.build();
  }

  /** The file a Node application starts from ({@code dist/server.js}); unused for Java. */
  @Value.Default
  public String entryPoint() {
    return "dist/index.js";
  }

  /** The container registry host: {@code ghcr.io}. */
  @Value.Default
  public String registry() {
    return "ghcr.io";
  }

  /** The command that deploys an image to an environment (it receives IMAGE and ENVIRONMENT variables). */
  @Value.Default
  public String deployCommand() {
    return "./scripts/deploy.sh";
  }

  /** The trunk branch. */
  @Value.Default
  public String trunk() {
    return "main";
  }

  /** The feature flags of the project. */
  @Value.Default
  public FlagSet flags() {
    return FlagSet.empty();
  }

  /** Where the flag file lives, relative to the root. */
  @Value.Default
  public String flagFile() {
    return "flags.yaml";
  }

  /** The availability objective, in percent of good requests over 30 days. */
  @Value.Default
  public double availabilityObjective() {
    return 99.9;
  }

  /** The latency objective: the share of requests faster than {@link #latencyThresholdSeconds()}, in percent. */
  @Value.Default
  public double latencyObjective() {
    return 99.0;
  }

  /** The latency threshold of the latency objective, in seconds. */
  @Value.Default
  public double latencyThresholdSeconds() {
    return 0.3;
  }

  /** How the project applies database migrations, when it has them. */
  public abstract Optional<ProjectFacts.MigrationTool> migrationTool();

  /** The migrations folder, relative to the root. */
  public abstract Optional<String> migrationsFolder();

  /** The command CI uses to apply migrations before the integration tests. */
  public abstract Optional<String> migrateCommand();

  /** Where database backups go (a folder; mount remote storage there); backups are written only for projects with a database. */
  @Value.Default
  public String backupDestination() {
    return "/var/backups/" + name();
  }

  /** How many days backups are kept. */
  @Value.Default
  public int backupRetentionDays() {
    return 14;
  }

  /**
   * The date the generated runbooks and postmortem template carry as reviewed; kept from the files already
   * written so that generating again changes nothing (today's date when empty).
   */
  public abstract Optional<java.time.LocalDate> reviewed();

  /** The PostgreSQL service, if the project has one. */
  public Optional<BackingService> database() {
    return services().stream().filter(s -> s.kind() == BackingService.Kind.POSTGRESQL).findFirst();
  }

  /** The image's repository under the registry: {@code ghcr.io/<owner>/<name>} is completed by CI. */
  public String imageName() {
    return name();
  }

  /** A blueprint from detected facts (a toolchain must have been detected). */
  public static Builder from(ProjectFacts facts) {
    Builder builder = builder().name(kebab(facts.name()))
        .toolchain(facts.toolchain().orElseThrow(() -> new IllegalArgumentException(
            "no toolchain detected: add package.json, pom.xml or build.gradle, or describe it in devops.yaml")))
        .addAllServices(facts.services());
    facts.migrationTool().ifPresent(builder::migrationTool);
    facts.migrationsFolder().ifPresent(builder::migrationsFolder);
    facts.migrateCommand().ifPresent(builder::migrateCommand);
    facts.entryPoint().ifPresent(builder::entryPoint);
    return builder;
  }

  /** A name in lower-kebab case. */
  static String kebab(String name) {
    String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return kebab.isEmpty() ? "app" : kebab;
  }

  /** Starts a blueprint. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds blueprints. */
  public static final class Builder extends ImmutableBlueprint.Builder {}

  @Value.Check
  protected void check() {
    if (!name().matches("[a-z0-9][a-z0-9-]{0,62}")) {
      throw new IllegalArgumentException("blueprint name '"
          + Redaction.redactSecrets(name()) + "' must be lower-kebab-case, like 'shop'");
    }
    if (availabilityObjective() <= 0 || availabilityObjective() >= 100) {
      throw new IllegalArgumentException("availabilityObjective " + availabilityObjective()
          + " must be a percentage between 0 and 100, like 99.9");
    }
    if (latencyObjective() <= 0 || latencyObjective() >= 100 || latencyThresholdSeconds() <= 0) {
      throw new IllegalArgumentException("latencyObjective must be between 0 and 100 and the threshold positive");
    }
    if (backupRetentionDays() < 1) {
      throw new IllegalArgumentException("backupRetentionDays must be at least 1");
    }
  }
}
