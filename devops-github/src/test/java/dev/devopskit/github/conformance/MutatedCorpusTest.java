package dev.devopskit.github.conformance;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader never throws, whatever is done to a real workflow: cut, duplicated, or with YAML noise inserted. */
class MutatedCorpusTest {
  private static final String[] NOISE = {"", ":", "- ", "  ", "\n", "${{", "}}", "[", "{", "&a ", "*a", "'", "\"",
      "#", "\t", "<<: *a\n", "on:", "jobs:", "steps:", "\u0000", "\uFEFF", "!!binary ", "? ", "|", ">-"};

  @Test
  void should_never_throw_on_mutated_real_world_workflows() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    List<Path> files = Shared.files(root, p -> p.toString().replace('\\', '/').contains("/.github/workflows/"));
    Random random = new Random(20261128L);
    List<String> failures = new ArrayList<>();
    int reads = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (int i = 0; i < 2; i++) {
        String mutated = mutate(text, random);
        try {
          Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of(file.getFileName().toString(), mutated));
          parsed.value().ifPresent(v -> GitHubActions.format().write(v));
          reads++;
        } catch (RuntimeException | StackOverflowError e) {
          failures.add(file + " mutation " + i + ": " + e);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(reads).isGreaterThan(700);
  }

  private static String mutate(String text, Random random) {
    if (text.isEmpty()) {
      return NOISE[random.nextInt(NOISE.length)];
    }
    int start = random.nextInt(text.length());
    int end = Math.min(text.length(), start + random.nextInt(60));
    switch (random.nextInt(3)) {
      case 0:
        return text.substring(0, start) + NOISE[random.nextInt(NOISE.length)] + text.substring(end);
      case 1:
        return text.substring(0, end) + text.substring(start);
      default:
        return text.substring(0, start);
    }
  }
}
