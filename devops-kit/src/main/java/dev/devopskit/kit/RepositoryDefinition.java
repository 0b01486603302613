package dev.devopskit.kit;

import dev.devopskit.core.files.GeneratedFile;
import java.util.List;

/**
 * A repository's DevOps files defined in Java, for build tools to write ({@code devops:generate}) and to compare
 * with what is committed ({@code devops:drift}). Implement it in a class with a public no-argument constructor:
 *
 * <pre>{@code
 * public final class Files implements RepositoryDefinition {
 *   public List<GeneratedFile> files() {
 *     return RepositoryDefinition.of(Blueprint.builder().name("shop").toolchain(Toolchain.java(Toolchain.PackageManager.MAVEN)).build()).files();
 *   }
 * }
 * }</pre>
 *
 * <p>Each file's path is relative to the repository root, with forward slashes.
 */
@FunctionalInterface
public interface RepositoryDefinition {
  /** The files, each at its path relative to the repository root. */
  List<GeneratedFile> files();

  /** Every file devops-kit writes for a blueprint, as {@code devops init} writes them. */
  static RepositoryDefinition of(Blueprint blueprint) {
    return () -> DevOpsKit.files(blueprint);
  }
}
