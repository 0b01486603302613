package dev.devopskit.database.migration;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.database.sql.SqlStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One {@code --changeset author:id} of a Liquibase formatted SQL changelog: its statements and its rollback.
 *
 * <pre>{@code
 * --changeset alice:1
 * CREATE TABLE person (id int PRIMARY KEY);
 * --rollback DROP TABLE person;
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Changeset implements WithChangeset {

  /** The author, before the colon. */
  public abstract String author();

  /** The id, after the colon; unique per author and file. */
  public abstract String id();

  /** The 1-based line of the {@code --changeset} comment. */
  public abstract int line();

  /** Attributes after the id, such as {@code runOnChange:true} or {@code splitStatements:false}. */
  public abstract Map<String, String> attributes();

  /** Its {@code --preconditions} and {@code --precondition-*} lines, which guard it against running twice. */
  public abstract List<String> preconditions();

  /** The statements of the changeset body. */
  public abstract List<SqlStatement> statements();

  /**
   * The rollback SQL from {@code --rollback} lines (or a {@code /* liquibase rollback *}{@code /} block), if the
   * changeset declares one; {@code --rollback not required} and {@code --rollback empty} give an empty text.
   */
  public abstract Optional<String> rollback();

  /** The line of the first {@code --rollback}, when there is one. */
  public abstract Optional<Integer> rollbackLine();

  /** {@code author:id}. */
  public String key() {
    return author() + ":" + id();
  }

  /** Starts a changeset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds changesets. */
  public static final class Builder extends ImmutableChangeset.Builder {}
}
