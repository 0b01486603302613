package dev.devopskit.database.migration;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A folder of migrations: every file in the order the tool applies them, and the checksums of the files already
 * applied somewhere (from {@code migrations.sum}), so that edits to applied migrations can be found.
 *
 * <pre>{@code
 * MigrationSet set = Migrations.readFolder(Path.of("db/migration"));
 * CheckResult result = Migrations.check(set);
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class MigrationSet implements WithMigrationSet {

  /** The folder as shown to users. */
  @Value.Default
  public String folder() {
    return "";
  }

  /** The files, in the order {@link #ordered()} gives when built by hand. */
  public abstract List<MigrationFile> files();

  /** Checksums of applied migrations by file name (SHA-256, lower-case hex), from a checksum file. */
  public abstract Map<String, String> appliedChecksums();

  /** The folder-level copy of a file: the same file without its own {@link MigrationFile#folder()}. */
  public MigrationSet withoutFolders() {
    List<MigrationFile> plain = new ArrayList<>();
    for (MigrationFile file : files()) {
      plain.add(file.folder().isPresent() ? file.withFolder(Optional.empty()) : file);
    }
    return withFiles(plain);
  }

  /** The forward migrations (versioned, baseline, changelogs, plain scripts) in the order they are applied. */
  public List<MigrationFile> forward() {
    List<MigrationFile> out = new ArrayList<>();
    for (MigrationFile file : ordered()) {
      if (file.kind() != MigrationKind.DOWN) {
        out.add(file);
      }
    }
    return out;
  }

  /** Every file in application order: by version, then repeatables, then the rest by path. */
  public List<MigrationFile> ordered() {
    List<MigrationFile> out = new ArrayList<>(files());
    out.sort(Comparator.comparingInt((MigrationFile f) -> rank(f.kind()))
        .thenComparing(MigrationSet::compareVersions)
        .thenComparing(MigrationFile::path));
    return out;
  }

  private static int rank(MigrationKind kind) {
    switch (kind) {
      case BASELINE:
        return 0;
      case VERSIONED:
      case DOWN:
      case CHANGELOG:
      case SCRIPT:
        return 1;
      default:
        return 2;
    }
  }

  private static int compareVersions(MigrationFile a, MigrationFile b) {
    return compare(a.versionNumbers(), b.versionNumbers());
  }

  /** Compares two numeric versions part by part; a missing part counts as 0. */
  public static int compare(List<Long> a, List<Long> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      long x = i < a.size() ? a.get(i) : 0;
      long y = i < b.size() ? b.get(i) : 0;
      if (x != y) {
        return Long.compare(x, y);
      }
    }
    return 0;
  }

  /** The file that reverses a forward migration: its undo, {@code down.sql} or {@code .down.sql}. */
  public Optional<MigrationFile> downOf(MigrationFile up) {
    for (MigrationFile candidate : files()) {
      if (candidate.kind() == MigrationKind.DOWN && candidate.tool() == up.tool() && pairs(up, candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the folder keeps a way back for any migration of a tool: an undo or down file. A folder without one
   * is forward-only by choice (Flyway Community has no undo, many teams roll back with a new migration).
   */
  public boolean hasDownMigrations(MigrationTool tool) {
    return files().stream().anyMatch(file -> file.kind() == MigrationKind.DOWN && file.tool() == tool);
  }

  private static boolean pairs(MigrationFile up, MigrationFile down) {
    switch (up.tool()) {
      case FLYWAY:
        return !up.versionNumbers().isEmpty() && compare(up.versionNumbers(), down.versionNumbers()) == 0;
      case PRISMA:
        return directory(up.path()).equals(directory(down.path()));
      case UP_DOWN:
        return directory(up.path()).equals(directory(down.path()))
            && UpDownNames.stem(up.fileName()).equals(UpDownNames.stem(down.fileName()));
      default:
        return false;
    }
  }

  private static String directory(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** Starts a set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds sets. */
  public static final class Builder extends ImmutableMigrationSet.Builder {}
}
