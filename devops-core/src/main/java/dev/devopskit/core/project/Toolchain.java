package dev.devopskit.core.project;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a project is built: language, package manager, runtime version, and the commands for each pipeline stage.
 *
 * <pre>{@code
 * Toolchain node = Toolchain.node(PackageManager.PNPM);           // pnpm run lint, pnpm exec tsc --noEmit, ...
 * Toolchain java = Toolchain.java(PackageManager.MAVEN).withVersion("21");
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Toolchain implements WithToolchain {

  /** The languages devops-kit builds pipelines and images for. */
  public enum Language { NODE, JAVA }

  /** The package managers, each of one language. */
  public enum PackageManager {
    NPM(Language.NODE, "package-lock.json"),
    PNPM(Language.NODE, "pnpm-lock.yaml"),
    YARN(Language.NODE, "yarn.lock"),
    MAVEN(Language.JAVA, "pom.xml"),
    GRADLE(Language.JAVA, "build.gradle");

    private final Language language;
    private final String marker;

    PackageManager(Language language, String marker) {
      this.language = language;
      this.marker = marker;
    }

    /** The language it builds. */
    public Language language() {
      return language;
    }

    /** The file that shows it is used (lockfile or build file). */
    public String marker() {
      return marker;
    }

    /** The lower-case name: {@code pnpm}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The package manager. */
  public abstract PackageManager packageManager();

  /** The language. */
  @Value.Derived
  public Language language() {
    return packageManager().language();
  }

  /** The runtime's major version: Node {@code 22}, Java {@code 21}. */
  @Value.Default
  public String version() {
    return language() == Language.NODE ? "22" : "21";
  }

  /** Whether a Node project uses TypeScript (decides the type-check stage). */
  @Value.Default
  public boolean typescript() {
    return language() == Language.NODE;
  }

  /** The commands of each stage. */
  @Value.Default
  public Commands commands() {
    return Commands.defaults(packageManager(), typescript());
  }

  /** A Node toolchain with TypeScript and the package manager's default commands. */
  public static Toolchain node(PackageManager packageManager) {
    requireLanguage(packageManager, Language.NODE);
    return builder().packageManager(packageManager).build();
  }

  /** A Java toolchain with the build tool's default commands. */
  public static Toolchain java(PackageManager buildTool) {
    requireLanguage(buildTool, Language.JAVA);
    return builder().packageManager(buildTool).build();
  }

  private static void requireLanguage(PackageManager manager, Language language) {
    if (manager.language() != language) {
      throw new IllegalArgumentException(manager.label() + " is not a " + language.name().toLowerCase(java.util.Locale.ROOT)
          + " package manager");
    }
  }

  /** The command that installs dependencies reproducibly from the lockfile. */
  public String installCommand() {
    switch (packageManager()) {
      case NPM:
        return "npm ci";
      case PNPM:
        return "pnpm install --frozen-lockfile";
      case YARN:
        return "yarn install --frozen-lockfile";
      case GRADLE:
        return "./gradlew --no-daemon dependencies";
      default:
        return "./mvnw -B -q dependency:go-offline";
    }
  }

  /** Starts a toolchain. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds toolchains. */
  public static final class Builder extends ImmutableToolchain.Builder {}

  /** The command of each pipeline stage; empty when the project has no such stage. */
  @Value.Immutable
  @DevOpsStyle
  public abstract static class Commands implements WithCommands {
    /** Lint (cheapest). */
    public abstract Optional<String> lint();

    /** Type check. */
    public abstract Optional<String> typeCheck();

    /** Unit tests. */
    public abstract Optional<String> unitTest();

    /** Integration tests (need the database). */
    public abstract Optional<String> integrationTest();

    /** Build the deployable artifact. */
    public abstract Optional<String> build();

    /** The usual commands of a package manager. */
    public static Commands defaults(PackageManager manager, boolean typescript) {
      Builder builder = builder();
      switch (manager) {
        case NPM:
        case PNPM:
        case YARN:
          String run = manager == PackageManager.NPM ? "npm run " : manager == PackageManager.PNPM ? "pnpm run "
              : "yarn ";
          String exec = manager == PackageManager.NPM ? "npx " : manager == PackageManager.PNPM ? "pnpm exec "
              : "yarn ";
          builder.lint(run + "lint").unitTest(run + "test").integrationTest(run + "test:integration")
              .build(run + "build");
          if (typescript) {
            builder.typeCheck(exec + "tsc --noEmit");
          }
          break;
        case GRADLE:
          builder.lint("./gradlew --no-daemon spotlessCheck").typeCheck("./gradlew --no-daemon compileJava")
              .unitTest("./gradlew --no-daemon test").integrationTest("./gradlew --no-daemon integrationTest")
              .build("./gradlew --no-daemon build -x test");
          break;
        default:
          builder.lint("./mvnw -B -q spotless:check").typeCheck("./mvnw -B -q compile")
              .unitTest("./mvnw -B test").integrationTest("./mvnw -B verify -DskipUnitTests")
              .build("./mvnw -B -DskipTests package");
      }
      return builder.build();
    }

    /** Starts a set of commands. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds sets of commands. */
    public static final class Builder extends ImmutableCommands.Builder {}
  }
}
