package dev.devopskit.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Test access to {@code ../shared} (conformance data beside the checkout) and to the oracle output folder.
 *
 * <p>Conformance tests call {@link #conformance()}; when the folder is absent they are skipped with a visible
 * reason, unless the build runs with {@code -Ddevopskit.requireShared=true} (as {@code .ci/run} does), in which
 * case they fail.
 */
public final class Shared {
  private Shared() {}

  /** The shared folder, or a skip (or failure under requireShared) when it is absent. */
  public static Path root() {
    String configured = System.getProperty("devopskit.shared");
    Path root = configured != null ? Path.of(configured) : findUpwards();
    if (root == null || !Files.isDirectory(root.resolve("conformance"))) {
      String reason = "../shared/conformance is not beside this checkout; conformance tests are skipped";
      if (Boolean.getBoolean("devopskit.requireShared")) {
        throw new AssertionError(reason + " but -Ddevopskit.requireShared=true requires it");
      }
      Assumptions.abort(reason);
    }
    return root.toAbsolutePath().normalize();
  }

  private static Path findUpwards() {
    Path current = Path.of("").toAbsolutePath();
    while (current != null) {
      Path candidate = current.resolve("shared");
      if (Files.isDirectory(candidate.resolve("conformance"))) {
        return candidate;
      }
      current = current.getParent();
    }
    return null;
  }

  /** {@code ../shared/conformance}. */
  public static Path conformance() {
    return root().resolve("conformance");
  }

  /** Every regular file under a folder of the conformance data whose name matches the predicate, sorted. */
  public static List<Path> files(Path folder, java.util.function.Predicate<Path> filter) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(filter).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a test resource of the calling module ({@code /print/numbers.yml}), UTF-8. */
  public static String resource(Class<?> owner, String name) {
    try (java.io.InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a conformance file (UTF-8). */
  public static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a file that {@code .ci/run} validates with an independent oracle: {@code kind} is {@code actionlint},
   * {@code markdown}, {@code promtool}, {@code promtool-test} or {@code schema/<schema-name>} (a schema in
   * {@code ../shared/conformance/schemas}, without {@code .json}).
   *
   * @return the path written
   */
  public static Path oracleOutput(String kind, String fileName, String text) {
    Path folder = Path.of("target", "oracle").resolve(kind);
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(fileName);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
