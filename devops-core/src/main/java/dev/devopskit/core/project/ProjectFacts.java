package dev.devopskit.core.project;

import dev.devopskit.core.internal.project.Detection;
import dev.devopskit.core.value.DevOpsStyle;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a checkout says about its project: name, toolchain and commands, backing services, how migrations are
 * applied, which DevOps files already exist, and the evidence for each fact. Nothing is guessed silently: a fact
 * without evidence is absent.
 *
 * <pre>{@code
 * ProjectFacts facts = ProjectFacts.detect(Path.of("."));
 * facts.evidence().forEach(System.out::println);   // "package manager: pnpm (from pnpm-lock.yaml)"
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class ProjectFacts implements WithProjectFacts {

  /** How a project applies its database migrations. */
  public enum MigrationTool { FLYWAY, PRISMA, LIQUIBASE }

  /** The project's name (package.json name, Maven artifactId, or the folder's name). */
  public abstract String name();

  /** The toolchain, when a build file or lockfile shows it. */
  public abstract Optional<Toolchain> toolchain();

  /** Backing services the project uses (PostgreSQL from Prisma's datasource, a JDBC driver, compose). */
  public abstract List<BackingService> services();

  /** The migration tool, when a migration folder or schema shows it. */
  public abstract Optional<MigrationTool> migrationTool();

  /** The migrations folder, relative to the root. */
  public abstract Optional<String> migrationsFolder();

  /** The file the application starts from, for Node projects ({@code package.json}'s {@code main}). */
  public abstract Optional<String> entryPoint();

  /** DevOps files that already exist, relative to the root (Dockerfile, compose file, workflows). */
  public abstract List<String> existingFiles();

  /** What was detected and from where. */
  public abstract List<Evidence> evidence();

  /** Detects the facts of the checkout at {@code root}. Unreadable or malformed files give no fact, never an error. */
  public static ProjectFacts detect(Path root) {
    return Detection.detect(root);
  }

  /** The command that applies the migrations in CI, when the tool is known. */
  public Optional<String> migrateCommand() {
    if (migrationTool().isEmpty()) {
      return Optional.empty();
    }
    switch (migrationTool().get()) {
      case PRISMA:
        String exec = toolchain().map(t -> t.packageManager() == Toolchain.PackageManager.PNPM ? "pnpm exec "
            : t.packageManager() == Toolchain.PackageManager.YARN ? "yarn " : "npx ").orElse("npx ");
        return Optional.of(exec + "prisma migrate deploy");
      case LIQUIBASE:
        return Optional.of(toolchain().filter(t -> t.packageManager() == Toolchain.PackageManager.MAVEN)
            .map(t -> "./mvnw -B liquibase:update").orElse("liquibase update"));
      default:
        return Optional.of(toolchain().filter(t -> t.packageManager() == Toolchain.PackageManager.MAVEN)
            .map(t -> "./mvnw -B flyway:migrate").orElse(toolchain()
                .filter(t -> t.packageManager() == Toolchain.PackageManager.GRADLE)
                .map(t -> "./gradlew --no-daemon flywayMigrate").orElse("flyway migrate")));
    }
  }

  /** Starts a set of facts. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds sets of facts. */
  public static final class Builder extends ImmutableProjectFacts.Builder {}
}
