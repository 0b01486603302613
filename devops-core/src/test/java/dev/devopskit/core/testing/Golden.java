package dev.devopskit.core.testing;

import dev.devopskit.core.files.UnifiedDiff;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A snapshot checked in under the calling module's {@code src/test/resources}: a test computes a text (findings over
 * the conformance corpus, a rendered report) and compares it with the file. A change fails with a diff; when it is
 * meant, the test runs again with {@code -Ddevopskit.updateGolden=true}, which rewrites the file, and the file's
 * diff is reviewed in the commit.
 */
public final class Golden {
  private Golden() {}

  /**
   * Fails with a unified diff when {@code actual} differs from the golden resource; rewrites the resource first
   * under {@code -Ddevopskit.updateGolden=true}.
   *
   * @param owner a test class of the module that holds the resource
   * @param resource the resource path below {@code src/test/resources}, without a leading slash
   * @param what what the snapshot holds, for the failure message ("the findings on the real-world workflows")
   */
  public static void check(Class<?> owner, String resource, String actual, String what) {
    if (Boolean.getBoolean("devopskit.updateGolden")) {
      try {
        Path file = Path.of("src/test/resources").resolve(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String expected;
    try (InputStream in = owner.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new AssertionError("no golden file " + resource + " (create it with -Ddevopskit.updateGolden=true)");
      }
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!actual.equals(expected)) {
      throw new AssertionError(what + " changed; if that is meant, run the test with -Ddevopskit.updateGolden=true"
          + " and review the golden file's diff (- lines are the golden file's, + lines what is found now):\n"
          + UnifiedDiff.of(resource, expected, actual));
    }
  }
}
