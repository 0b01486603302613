package dev.devopskit.github.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.files.UnifiedDiff;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Golden snapshots over the conformance corpus's real-world workflows, kept in {@code src/test/resources/golden}.
 * A change fails with a diff; when it is meant, regenerate with {@code -Ddevopskit.updateGolden=true} and review
 * the diff in the commit.
 */
final class Golden {
  private Golden() {}

  /** The real-world workflows that read, as read, by their path relative to the corpus, in path order. */
  static Map<String, Parsed<Workflow>> realWorldWorkflows() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    Map<String, Parsed<Workflow>> out = new LinkedHashMap<>();
    for (Path file : Shared.files(root, p -> p.toString().replace('\\', '/').matches(".*/\\.github/workflows/[^/]+")
        && p.toString().matches(".*\\.ya?ml")).stream().sorted().toList()) {
      String name = root.relativize(file).toString().replace('\\', '/');
      Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of(name, Files.readString(file, StandardCharsets.UTF_8)));
      if (parsed.value().isPresent()) {
        out.put(name, parsed);
      }
    }
    assertThat(out).hasSizeGreaterThan(300);
    return out;
  }

  /** Asserts that {@code actual} is the golden file's text, or writes it when asked to. */
  static void assertMatches(String golden, String actual, String what) throws IOException {
    if (Boolean.getBoolean("devopskit.updateGolden")) {
      Path file = Path.of("src/test/resources").resolve(golden);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    String expected;
    try (InputStream in = Golden.class.getResourceAsStream("/" + golden)) {
      assertThat(in).as("golden file %s (create it with -Ddevopskit.updateGolden=true)", golden).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!actual.equals(expected)) {
      throw new AssertionError(what + " changed; if that is meant, run the test with"
          + " -Ddevopskit.updateGolden=true and review the golden file's diff (- lines are the golden file's, + lines"
          + " what is found now):\n" + UnifiedDiff.of(golden, expected, actual));
    }
  }
}
