package dev.devopskit.core.project;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How to tell that the application is healthy: an HTTP path on a port. The Dockerfile's HEALTHCHECK, the compose
 * healthcheck, the deploy smoke test and the uptime probe all use this one value, so they cannot disagree.
 */
@Value.Immutable
@DevOpsStyle
public abstract class HealthCheck implements WithHealthCheck {

  /** The path, starting with {@code /}: {@code /health}. */
  @Value.Default
  public String path() {
    return "/health";
  }

  /** The port the application listens on. */
  @Value.Default
  public int port() {
    return 8080;
  }

  /** How often to probe. */
  @Value.Default
  public Duration interval() {
    return Duration.ofSeconds(10);
  }

  /** How long one probe may take. */
  @Value.Default
  public Duration timeout() {
    return Duration.ofSeconds(3);
  }

  /** Failed probes in a row before the service counts as unhealthy. */
  @Value.Default
  public int retries() {
    return 5;
  }

  /** A check of a path on a port with the default timings. */
  public static HealthCheck http(String path, int port) {
    return builder().path(path).port(port).build();
  }

  /** The URL on localhost, for probes inside the container. */
  public String localUrl() {
    return "http://localhost:" + port() + path();
  }

  /** Starts a health check. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds health checks. */
  public static final class Builder extends ImmutableHealthCheck.Builder {}

  @Value.Check
  protected void check() {
    if (!path().startsWith("/")) {
      throw new IllegalArgumentException("health check path '" + Redaction.redactSecrets(path()) + "' must start with '/'");
    }
    if (port() < 1 || port() > 65535) {
      throw new IllegalArgumentException("health check port " + port() + " must be between 1 and 65535");
    }
    if (interval().isNegative() || interval().isZero() || timeout().isNegative() || timeout().isZero()) {
      throw new IllegalArgumentException("health check interval and timeout must be positive");
    }
  }
}
