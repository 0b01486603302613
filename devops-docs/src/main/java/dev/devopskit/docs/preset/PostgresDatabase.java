package dev.devopskit.docs.preset;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PostgreSQL database run as a compose service, for the backup and restore runbooks: the compose service name,
 * the database, the role, where dumps go, and the application service that writes to it.
 */
@Value.Immutable
@DevOpsStyle
public abstract class PostgresDatabase implements WithPostgresDatabase {

  /** The compose service that runs PostgreSQL: {@code db}. */
  public abstract String service();

  /** The database name: {@code orders}. */
  public abstract String database();

  /** The role that owns it: {@code app}. */
  @Value.Default
  public String user() {
    return "postgres";
  }

  /** The folder on the host where dumps are written. */
  @Value.Default
  public String backupDirectory() {
    return "backups";
  }

  /** The compose service of the application that writes to the database, stopped during a restore. */
  public abstract Optional<String> applicationService();

  /** A database in a compose service. */
  public static PostgresDatabase of(String service, String database, String user) {
    return builder().service(service).database(database).user(user).build();
  }

  /** Starts a database description. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds database descriptions. */
  public static final class Builder extends ImmutablePostgresDatabase.Builder {}

  @Value.Check
  protected void check() {
    for (String name : new String[] {service(), database(), user()}) {
      if (!name.matches("[A-Za-z0-9_.-]+")) {
        throw new IllegalArgumentException("service, database and user are plain names (letters, digits, '_', '.',"
            + " '-'); got '" + name + "'");
      }
    }
    if (backupDirectory().isBlank() || backupDirectory().contains(" ")) {
      throw new IllegalArgumentException("backupDirectory must be a path without spaces, got '"
          + Redaction.redactSecrets(backupDirectory()) + "'");
    }
  }
}
