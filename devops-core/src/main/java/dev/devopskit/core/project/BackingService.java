package dev.devopskit.core.project;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/**
 * A backing service the application needs, such as PostgreSQL 16: the CI integration job, the compose file and the
 * docs all render it from this one value.
 */
@Value.Immutable
@DevOpsStyle
public abstract class BackingService implements WithBackingService {

  /** The kinds of backing service devops-kit knows how to run. */
  public enum Kind {
    POSTGRESQL("postgres", 5432), MYSQL("mysql", 3306), REDIS("redis", 6379);

    private final String image;
    private final int port;

    Kind(String image, int port) {
      this.image = image;
      this.port = port;
    }

    /** The official image's name. */
    public String image() {
      return image;
    }

    /** The default port. */
    public int defaultPort() {
      return port;
    }
  }

  /** The kind. */
  public abstract Kind kind();

  /** The major version, pinned: {@code 16}. */
  public abstract String version();

  /** The service's name in compose and CI ({@code db}). */
  @Value.Default
  public String name() {
    return kind() == Kind.REDIS ? "cache" : "db";
  }

  /** The port it listens on. */
  @Value.Default
  public int port() {
    return kind().defaultPort();
  }

  /** The database name the application uses (for databases). */
  @Value.Default
  public String database() {
    return "app";
  }

  /** The database user (for databases). */
  @Value.Default
  public String user() {
    return "app";
  }

  /** The pinned image reference: {@code postgres:16-alpine}. */
  public String image() {
    return kind().image() + ":" + version() + (kind() == Kind.REDIS || kind() == Kind.POSTGRESQL ? "-alpine" : "");
  }

  /** PostgreSQL at a major version. */
  public static BackingService postgres(String version) {
    return builder().kind(Kind.POSTGRESQL).version(version).build();
  }

  /** MySQL at a version: {@code 8.4}. */
  public static BackingService mysql(String version) {
    return builder().kind(Kind.MYSQL).version(version).build();
  }

  /** Starts a service. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds services. */
  public static final class Builder extends ImmutableBackingService.Builder {}

  @Value.Check
  protected void check() {
    if (!name().matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException("service name '"
          + Redaction.redactSecrets(name()) + "' must be lower-case letters, digits, '-' or '_'");
    }
    if (port() < 1 || port() > 65535) {
      throw new IllegalArgumentException("service port " + port() + " must be between 1 and 65535");
    }
    if (!version().matches("[0-9][0-9A-Za-z.+-]{0,30}")) {
      throw new IllegalArgumentException("service version '"
          + Redaction.redactSecrets(version()) + "' must be a version such as '16' or '8.0'");
    }
  }
}
