package dev.devopskit.docker.compose;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.value.Masked;
import dev.devopskit.core.value.ValueText;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A compose service. The attributes devops-kit reads and checks are typed; every other key (for example
 * {@code cap_add}, {@code ulimits}, {@code x-...}) is kept in {@link #other()} as written and written back.
 *
 * <pre>{@code
 * Service db = Service.builder().image("postgres:17-alpine")
 *     .putEnvironment("POSTGRES_PASSWORD", Optional.of("${POSTGRES_PASSWORD:?set it in .env}"))
 *     .healthcheck(Healthcheck.shell("pg_isready -U postgres")).build();
 * Service app = Service.builder().buildFrom(Build.of(".", "docker/Dockerfile")).build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Service implements WithService {

  /** The image to run (or to tag the built image with). */
  public abstract Optional<String> image();

  /**
   * {@code build}: how to build the image. Named {@code buildFrom} so that the builder's setter
   * ({@code buildFrom(Build.of(".", "docker/Dockerfile"))}) does not read like the builder's own {@code build()}.
   */
  public abstract Optional<Build> buildFrom();

  /** {@code container_name}. */
  public abstract Optional<String> containerName();

  /** The command: one string (run by the image's shell handling) or a list. */
  public abstract Optional<YamlNode> command();

  /** The entrypoint: one string or a list. */
  public abstract Optional<YamlNode> entrypoint();

  /** {@code working_dir}. */
  public abstract Optional<String> workingDir();

  /** {@code user}. */
  public abstract Optional<String> user();

  /**
   * Environment variables; an empty value passes the variable from the shell ({@code - NAME}). Left out of
   * {@code toString()}, since values may be secrets.
   */
  @Masked
  public abstract Map<String, Optional<String>> environment();

  /** {@code env_file} paths. */
  public abstract List<String> envFiles();

  /** Published ports. */
  public abstract List<Port> ports();

  /** {@code expose}: ports reachable by other services only. */
  public abstract List<String> expose();

  /** Mounted volumes. */
  public abstract List<ServiceVolume> volumes();

  /** {@code depends_on}: services that start first. */
  public abstract Map<String, Dependency> dependsOn();

  /** The healthcheck. */
  public abstract Optional<Healthcheck> healthcheck();

  /** {@code restart}: {@code no}, {@code always}, {@code on-failure[:n]}, {@code unless-stopped}. */
  public abstract Optional<String> restart();

  /** Networks joined, with their per-service options (a null node when none). */
  public abstract Map<String, YamlNode> networks();

  /** Secrets granted. */
  public abstract List<ServiceReference> secrets();

  /** Configs granted. */
  public abstract List<ServiceReference> configs();

  /** Profiles that enable the service. */
  public abstract List<String> profiles();

  /** Labels. */
  public abstract Map<String, String> labels();

  /** {@code logging}: driver and options. */
  public abstract Optional<Logging> logging();

  /** {@code extends}: the service this one starts from, in this file or another. */
  public abstract Optional<Extends> extendsFrom();

  /** {@code init}: run an init process that forwards signals and reaps zombies. */
  public abstract Optional<Boolean> init();

  /** {@code stop_grace_period}: how long compose waits after SIGTERM ({@code 10s}, {@code 1m30s}). */
  public abstract Optional<String> stopGracePeriod();

  /** {@code deploy}: replicas, resources, restart policy, updates and placement. */
  public abstract Optional<Deploy> deploy();

  /** {@code develop}: {@code watch} rules for {@code docker compose watch}. */
  public abstract Optional<Develop> develop();

  /**
   * {@code extends}: {@code extends: base} or {@code extends: {service: base, file: common.yml}}.
   *
   * @param service the service extended
   * @param file the file it is in, when not this one
   */
  public record Extends(String service, Optional<String> file) {
    /** Validates the service name. */
    public Extends {
      java.util.Objects.requireNonNull(service, "service");
      java.util.Objects.requireNonNull(file, "file");
      if (service.isBlank()) {
        throw new IllegalArgumentException("extends needs a service name");
      }
    }

    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  /** Every other key, as written, in order. */
  public abstract Map<String, YamlNode> other();

  /** Whether the service has a healthcheck that checks something. */
  public boolean hasHealthcheck() {
    return healthcheck().map(Healthcheck::checks).orElse(false);
  }

  /** Starts a service. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds services. */
  public static final class Builder extends ImmutableService.Builder {}

  @Value.Check
  protected void check() {
    for (String key : environment().keySet()) {
      if (key.isEmpty() || key.contains("=")) {
        throw new IllegalArgumentException("environment variable name '"
            + Redaction.redactSecrets(key) + "' must not be empty or hold '='");
      }
    }
  }
}
