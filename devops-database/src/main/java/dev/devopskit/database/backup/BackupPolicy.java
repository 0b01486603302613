package dev.devopskit.database.backup;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.syntax.CronExpression;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How a PostgreSQL database is backed up: when, where the dumps go, and how long they are kept. Rendered by
 * {@link BackupScript} as a shell script that dumps, prunes and proves the dump restores.
 *
 * <pre>{@code
 * BackupPolicy policy = BackupPolicy.builder().database("shop").schedule("0 3 * * *").retentionDays(14)
 *     .destination("/var/backups/shop").build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class BackupPolicy implements WithBackupPolicy {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern ENV = Pattern.compile("[A-Z_][A-Z0-9_]*");

  /** The database's name: it names the dump files and the scratch database of the restore check. */
  public abstract String database();

  /** When backups run, as a five-field cron expression (UTC): {@code 0 3 * * *}; checked as {@link CronExpression} reads it. */
  @Value.Default
  public String schedule() {
    return "0 3 * * *";
  }

  /** Days a dump is kept before it is pruned. */
  @Value.Default
  public int retentionDays() {
    return 14;
  }

  /** The folder the dumps are written to. */
  public abstract String destination();

  /** The environment variable that holds the connection URL ({@code postgresql://user@host:5432/db}). */
  @Value.Default
  public String urlVariable() {
    return "DATABASE_URL";
  }

  /** Whether each dump is restored into a scratch database to prove it can be. */
  @Value.Default
  public boolean restoreCheck() {
    return true;
  }

  /** The scratch database of the restore check. */
  public String scratchDatabase() {
    return database() + "_restore_check";
  }

  /** Starts a policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds policies. */
  public static final class Builder extends ImmutableBackupPolicy.Builder {}

  @Value.Check
  protected void check() {
    if (!NAME.matcher(database()).matches()) {
      throw new IllegalArgumentException("database '" + Redaction.redactSecrets(database())
          + "' must be a plain name (letters, digits, '_' or '-', not starting with a digit)");
    }
    CronExpression.problem(schedule()).ifPresent(problem -> {
      throw new IllegalArgumentException("schedule " + Redaction.redactSecrets(problem) + "; for example '0 3 * * *'");
    });
    if (retentionDays() < 1) {
      throw new IllegalArgumentException("retentionDays must be 1 or more, got " + retentionDays());
    }
    if (destination().isBlank() || destination().matches(".*[\"'`$\\\\\\n\\r].*")) {
      throw new IllegalArgumentException("destination '" + Redaction.redactSecrets(destination())
          + "' must be a folder path without quotes, '$', backslashes or line breaks");
    }
    if (!ENV.matcher(urlVariable()).matches()) {
      throw new IllegalArgumentException("urlVariable '" + urlVariable()
          + "' must be an environment variable name in upper case, such as DATABASE_URL");
    }
  }
}
