package dev.devopskit.kit;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.Generation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

  /**
   * Writes the files under {@code root}; files edited by hand since devops-kit wrote them are kept unless
   * {@code force}. A second run changes nothing.
   */
  default Generation.Plan generate(Path root, boolean force) throws IOException {
    return Generation.in(root).apply(files(), force);
  }

  /**
   * The unified diffs from the files under {@code root} to their definition (a missing file shows whole), or empty
   * when every file matches: the body of a drift test.
   *
   * <pre>{@code
   * assertThat(new ShopRepository().drift(root)).isEmpty();
   * }</pre>
   */
  default Optional<String> drift(Path root) throws IOException {
    StringBuilder diffs = new StringBuilder();
    for (GeneratedFile file : files()) {
      file.drift(root).ifPresent(diffs::append);
    }
    return diffs.length() == 0 ? Optional.empty() : Optional.of(diffs.toString());
  }

  /** Every file devops-kit writes for a blueprint, as {@code devops init} writes them. */
  static RepositoryDefinition of(Blueprint blueprint) {
    return () -> DevOpsKit.files(blueprint);
  }
}
