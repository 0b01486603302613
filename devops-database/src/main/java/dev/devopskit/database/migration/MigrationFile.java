package dev.devopskit.database.migration;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.database.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One SQL migration file: which tool's conventions it follows, its version, its statements, and (for Liquibase)
 * its changesets.
 *
 * <p>When the file was read from disk, {@link #folder()} holds the files beside it, so that the folder-level rules
 * (reversible, ordering) can see the undo scripts and the other versions.
 */
@Value.Immutable
@DevOpsStyle
public abstract class MigrationFile implements WithMigrationFile {

  /** The path as shown to users, forward slashes: {@code db/migration/V1__init.sql}. */
  public abstract String path();

  /** The tool whose conventions the file follows. */
  public abstract MigrationTool tool();

  /** What the file does in its folder. */
  public abstract MigrationKind kind();

  /** The version as written ({@code 1_2}, {@code 20240101120000}), when the file has one. */
  public abstract Optional<String> version();

  /** The description from the name ({@code create users}), possibly empty. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The whole text. */
  @Value.Auxiliary
  public abstract String text();

  /** The statements, in order (for Liquibase, the statements of every changeset). */
  public abstract List<SqlStatement> statements();

  /** The changesets of a Liquibase changelog; empty for other tools. */
  public abstract List<Changeset> changesets();

  /**
   * The migrations of the same tool in the folder this file belongs to (itself included), when it was read from
   * disk: read for their names, versions and checksums, their statements not split.
   */
  public abstract Optional<MigrationSet> folder();

  /** The file name: the part of the path after the last slash. */
  public String fileName() {
    return path().substring(path().lastIndexOf('/') + 1);
  }

  /**
   * The version as numbers: {@code 1_2} and {@code 1.2} give {@code [1, 2]}; empty without a numeric version.
   * Worked out once per file: the folder rules compare every file's version with its neighbours'.
   */
  @Value.Lazy
  public List<Long> versionNumbers() {
    List<Long> out = new ArrayList<>();
    if (version().isEmpty()) {
      return List.of();
    }
    for (String part : version().get().split("[._]")) {
      if (part.isEmpty() || !part.chars().allMatch(Character::isDigit) || part.length() > 18) {
        return List.of();
      }
      out.add(Long.parseLong(part));
    }
    return List.copyOf(out);
  }

  /**
   * For paired files written once per database ({@code 0001_init.postgres.up.sql}), that database
   * ({@code postgres}); otherwise empty text. Worked out once per file, like {@link #versionNumbers()}.
   */
  @Value.Lazy
  public String variant() {
    return tool() == MigrationTool.UP_DOWN ? UpDownNames.dialect(fileName()) : "";
  }

  /** The SHA-256 of the text, in lower-case hex, as the checksum files of {@code migrations.sum} record it. */
  public String checksum() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /** Starts a migration file. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds migration files. */
  public static final class Builder extends ImmutableMigrationFile.Builder {}
}
