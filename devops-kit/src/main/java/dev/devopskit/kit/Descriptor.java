package dev.devopskit.kit;

import dev.devopskit.core.environment.Environments;
import dev.devopskit.core.project.HealthCheck;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The project descriptor {@code devops.yaml}: the facts devops-kit cannot detect from the checkout, committed
 * beside the code. Every key is optional; what it gives overrides what was detected.
 *
 * <pre>
 * name: shop
 * toolchain:
 *   packageManager: pnpm          # npm | pnpm | yarn | maven | gradle
 *   version: "22"
 *   commands:
 *     integrationTest: pnpm run test:int
 * services:
 *   - kind: postgresql            # postgresql | mysql | redis
 *     version: "16"
 * health: {path: /health, port: 3000}
 * registry: ghcr.io
 * deploy: {command: ./scripts/deploy.sh}
 * trunk: main
 * environments:                   # as in environments.yml
 *   - {name: staging, tier: staging, deployment: automatic, url: https://staging.shop.example.com}
 *   - {name: production, tier: production, deployment: manual, reviewers: [team:release]}
 * flags: flags.yaml
 * slo: {availability: 99.9, latency: 99, latencyThresholdSeconds: 0.5}
 * backup: {destination: s3://shop-backups, retentionDays: 14}
 * </pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Descriptor implements WithDescriptor {
  /** The file name at the repository root. */
  public static final String FILE = "devops.yaml";

  /** Project name. */
  public abstract Optional<String> name();

  /** Package manager (decides language and default commands). */
  public abstract Optional<Toolchain.PackageManager> packageManager();

  /** Runtime version. */
  public abstract Optional<String> version();

  /** Stage commands that replace the detected or default ones. */
  public abstract Optional<Toolchain.Commands> commands();

  /** Backing services (replace the detected ones when given). */
  public abstract List<BackingService> services();

  /** Health endpoint. */
  public abstract Optional<HealthCheck> health();

  /** Registry host. */
  public abstract Optional<String> registry();

  /** Deploy command. */
  public abstract Optional<String> deployCommand();

  /** Trunk branch. */
  public abstract Optional<String> trunk();

  /** Environments (replace the defaults when given). */
  public abstract Optional<Environments> environments();

  /** Flag file path. */
  public abstract Optional<String> flagFile();

  /** Availability objective in percent. */
  public abstract Optional<Double> availability();

  /** Latency objective in percent. */
  public abstract Optional<Double> latency();

  /** Latency threshold in seconds. */
  public abstract Optional<Double> latencyThresholdSeconds();

  /** Backup destination. */
  public abstract Optional<String> backupDestination();

  /** Backup retention in days. */
  public abstract Optional<Integer> backupRetentionDays();

  /** An empty descriptor (nothing overridden). */
  public static Descriptor empty() {
    return builder().build();
  }

  /** Applies this descriptor on top of a blueprint builder. */
  public Blueprint.Builder applyTo(Blueprint.Builder builder, Optional<Toolchain> detected) {
    name().map(Blueprint::kebab).ifPresent(builder::name);
    Optional<Toolchain> base = packageManager().map(pm -> (Toolchain) Toolchain.builder().packageManager(pm).build())
        .or(() -> detected);
    if (base.isPresent()) {
      Toolchain toolchain = base.get();
      if (version().isPresent()) {
        toolchain = toolchain.withVersion(version().get());
      }
      if (commands().isPresent()) {
        Toolchain.Commands given = commands().get();
        Toolchain.Commands current = toolchain.commands();
        toolchain = toolchain.withCommands(Toolchain.Commands.builder()
            .lint(given.lint().or(current::lint)).typeCheck(given.typeCheck().or(current::typeCheck))
            .unitTest(given.unitTest().or(current::unitTest))
            .integrationTest(given.integrationTest().or(current::integrationTest))
            .build(given.build().or(current::build)).build());
      }
      builder.toolchain(toolchain);
    }
    if (!services().isEmpty()) {
      builder.services(services());
    }
    health().ifPresent(builder::healthCheck);
    registry().ifPresent(builder::registry);
    deployCommand().ifPresent(builder::deployCommand);
    trunk().ifPresent(builder::trunk);
    environments().ifPresent(builder::environments);
    flagFile().ifPresent(builder::flagFile);
    availability().ifPresent(builder::availabilityObjective);
    latency().ifPresent(builder::latencyObjective);
    latencyThresholdSeconds().ifPresent(builder::latencyThresholdSeconds);
    backupDestination().ifPresent(builder::backupDestination);
    backupRetentionDays().ifPresent(builder::backupRetentionDays);
    return builder;
  }

  /** Starts a descriptor. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds descriptors. */
  public static final class Builder extends ImmutableDescriptor.Builder {}
}
