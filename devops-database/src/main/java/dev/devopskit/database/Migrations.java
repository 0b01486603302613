package dev.devopskit.database;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.SourceMap;
import dev.devopskit.database.backup.BackupPolicy;
import dev.devopskit.database.backup.BackupScript;
import dev.devopskit.database.internal.MigrationReader;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.migration.MigrationKind;
import dev.devopskit.database.migration.MigrationSet;
import dev.devopskit.database.migration.MigrationTool;
import dev.devopskit.database.rules.MigrationRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Entry point of devops-database: read migration folders (Flyway, Prisma, Liquibase formatted SQL, paired
 * up/down files), check them, and write backup scripts; devops-database-harness proves them on a throwaway
 * PostgreSQL ({@code MigrationHarness}).
 *
 * <pre>{@code
 * MigrationSet set = Migrations.readFolder(Path.of("src/main/resources/db/migration"));
 * CheckResult findings = Migrations.check(set);
 * String script = Migrations.backupScript(BackupPolicy.builder().database("shop").destination("/backups").build());
 * }</pre>
 */
public final class Migrations {
  private static final MigrationFormat FORMAT = new MigrationFormat();

  private Migrations() {}

  /** The format {@code sql-migration}, as registered for {@code devops check}. */
  public static Format<MigrationFile> format() {
    return FORMAT;
  }

  /** The migration rules, in a stable order. */
  public static List<Rule<? super MigrationFile>> rules() {
    return MigrationRules.all();
  }

  /** Reads one migration file; its folder is read too when the path names a file on disk. */
  public static Parsed<MigrationFile> read(SourceFile source) {
    return FORMAT.read(source);
  }

  /**
   * Reads one migration file from disk; never throws (an unreadable file gives a finding). Its folder is read too,
   * as with {@link #read(SourceFile)}; to read a whole folder use {@link #readFolder(Path)}.
   */
  public static Parsed<MigrationFile> read(Path file) {
    return Sources.read(file, Migrations::read);
  }

  /**
   * Reads every {@code .sql} file under a folder (recursively) and the {@code migrations.sum} checksum file beside
   * them. Paths are shown as {@code folder} was given plus the relative path.
   *
   * @throws IOException when the folder does not exist
   */
  public static MigrationSet readFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("no such folder: " + folder);
    }
    return MigrationReader.readFolder(folder, display(folder), new ArrayList<>());
  }

  /** The reader's findings for every file of a folder (unclosed strings, malformed changesets). */
  public static List<Finding> readFindings(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("no such folder: " + folder);
    }
    List<Finding> findings = new ArrayList<>();
    MigrationReader.readFolder(folder, display(folder), findings);
    return findings;
  }

  private static String display(Path folder) {
    String text = folder.toString().replace('\\', '/');
    return text.equals(".") || text.isEmpty() ? "" : text.replaceAll("/+$", "");
  }

  /** Checks a set with the default policy: every rule over every file, each seeing the whole folder. */
  public static CheckResult check(MigrationSet set) {
    return check(set, Policy.defaults());
  }

  /** Checks a set under a policy. */
  public static CheckResult check(MigrationSet set, Policy policy) {
    MigrationSet folder = set.withoutFolders();
    List<CheckResult> results = new ArrayList<>();
    for (MigrationFile file : folder.files()) {
      MigrationFile withFolder = file.withFolder(folder);
      Parsed<MigrationFile> parsed = Parsed.of(withFolder, SourceFile.of(file.path(), file.text()),
          SourceMap.none(), List.of());
      results.add(policy.check(parsed, MigrationRules.all()));
    }
    return CheckResult.merge(results);
  }

  /**
   * The {@code migrations.sum} text that records every file of the set as applied: one line per file,
   * {@code <path relative to the folder> sha256:<hex>}. Commit it when the migrations reach production;
   * {@code migrations/ordering} then reports any later edit.
   */
  public static String checksums(MigrationSet set) {
    StringBuilder out = new StringBuilder("# Checksums of applied migrations, written by devops-kit.\n");
    String prefix = set.folder().isEmpty() ? "" : set.folder() + "/";
    for (MigrationFile file : set.ordered()) {
      String relative = !prefix.isEmpty() && file.path().startsWith(prefix) ? file.path().substring(prefix.length())
          : file.fileName();
      out.append(relative).append(" sha256:").append(file.checksum()).append('\n');
    }
    return out.toString();
  }

  /** Renders a backup policy as a bash script (pg_dump -Fc, retention pruning, restore check). */
  public static String backupScript(BackupPolicy policy) {
    return BackupScript.render(policy);
  }

  /**
   * The command that applies a folder's migrations to a CI test database: Flyway through the project's Maven or
   * Gradle plugin when the build uses it (else the {@code flyway} CLI), {@code npx prisma migrate deploy},
   * {@code liquibase update}, golang-migrate for paired up/down files, or {@code psql} per file.
   *
   * @return empty when the folder holds no migration
   */
  public static Optional<ApplyCommand> applyCommand(Path folder) throws IOException {
    MigrationSet set = readFolder(folder);
    Optional<MigrationFile> first = set.forward().stream().filter(f -> f.tool() != MigrationTool.PLAIN).findFirst()
        .or(() -> set.forward().stream().findFirst());
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Path absolute = folder.toAbsolutePath().normalize();
    String dir = display(folder).isEmpty() ? "." : display(folder);
    switch (first.get().tool()) {
      case FLYWAY:
        return Optional.of(flyway(absolute, dir));
      case PRISMA:
        Optional<Path> node = upwards(absolute, "package.json");
        return Optional.of(new ApplyCommand(MigrationTool.PRISMA, "npx prisma migrate deploy",
            relative(absolute, node.orElse(absolute.getParent() == null ? absolute : absolute.getParent())),
            List.of("DATABASE_URL")));
      case LIQUIBASE:
        String changelog = first.get().kind() == MigrationKind.CHANGELOG ? first.get().path() : dir;
        return Optional.of(new ApplyCommand(MigrationTool.LIQUIBASE,
            "liquibase update --changelog-file=" + quote(relativeToFolder(changelog, dir)) + " --url=\"$LIQUIBASE_COMMAND_URL\"",
            ".", List.of("LIQUIBASE_COMMAND_URL", "LIQUIBASE_COMMAND_USERNAME", "LIQUIBASE_COMMAND_PASSWORD")));
      case UP_DOWN:
        return Optional.of(new ApplyCommand(MigrationTool.UP_DOWN, "migrate -path . -database \"$DATABASE_URL\" up",
            ".", List.of("DATABASE_URL")));
      default:
        return Optional.of(new ApplyCommand(MigrationTool.PLAIN,
            "for f in *.sql; do psql \"$DATABASE_URL\" -v ON_ERROR_STOP=1 -f \"$f\"; done", ".",
            List.of("DATABASE_URL")));
    }
  }

  private static ApplyCommand flyway(Path absolute, String dir) throws IOException {
    List<String> env = List.of("FLYWAY_URL", "FLYWAY_USER", "FLYWAY_PASSWORD");
    Optional<Path> maven = upwards(absolute, "pom.xml");
    if (maven.isPresent() && contains(maven.get().resolve("pom.xml"), "flyway-maven-plugin")) {
      String mvn = Files.exists(maven.get().resolve("mvnw")) ? "./mvnw" : "mvn";
      return new ApplyCommand(MigrationTool.FLYWAY, mvn + " -B flyway:migrate", relative(absolute, maven.get()), env);
    }
    for (String build : List.of("build.gradle", "build.gradle.kts")) {
      Optional<Path> gradle = upwards(absolute, build);
      if (gradle.isPresent() && contains(gradle.get().resolve(build), "org.flywaydb.flyway")) {
        String command = Files.exists(gradle.get().resolve("gradlew")) ? "./gradlew" : "gradle";
        return new ApplyCommand(MigrationTool.FLYWAY, command + " flywayMigrate", relative(absolute, gradle.get()),
            env);
      }
    }
    return new ApplyCommand(MigrationTool.FLYWAY, "flyway -locations=filesystem:. migrate", ".", env);
  }

  private static String relativeToFolder(String path, String dir) {
    String prefix = dir.equals(".") ? "" : dir + "/";
    return !prefix.isEmpty() && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  private static String quote(String text) {
    return text.matches("[A-Za-z0-9_./-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  private static Optional<Path> upwards(Path start, String fileName) {
    Path current = start;
    while (current != null) {
      if (Files.isRegularFile(current.resolve(fileName))) {
        return Optional.of(current);
      }
      if (Files.exists(current.resolve(".git"))) {
        return Optional.empty();
      }
      current = current.getParent();
    }
    return Optional.empty();
  }

  private static boolean contains(Path file, String text) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
        .contains(text.toLowerCase(Locale.ROOT));
  }

  private static String relative(Path from, Path to) {
    String relative = from.relativize(to).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }
}
