package dev.devopskit.github.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The conformance corpus's real-world workflows, which the golden snapshots of this package are taken over. */
final class RealWorld {
  private RealWorld() {}

  /** The real-world workflows that read, as read, by their path relative to the corpus, in path order. */
  static Map<String, Parsed<Workflow>> workflows() throws IOException {
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
}
