package dev.devopskit.github.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@code secret-in-run} looks for printed variables only where an echo or printf can start a line; it finds
 * exactly the matches, in order, that {@code find()} over the whole script finds.
 */
class PrintSearchTest {
  /** The pattern as the rule has it, searched the plain way. */
  private static final Pattern PRINT = Pattern.compile(
      "(?m)^\\s*(?:echo|printf)\\s[^\\n|>]*?\\$\\{?([A-Za-z_][A-Za-z0-9_]*)[^\\n|>]*$");

  private static List<String> byFind(String script) {
    List<String> found = new ArrayList<>();
    Matcher m = PRINT.matcher(script);
    while (m.find()) {
      found.add(m.start() + "-" + m.end() + " " + m.group(1));
    }
    return found;
  }

  private static List<String> byRule(String script) {
    List<String> found = new ArrayList<>();
    Matcher m = SecretInRun.printMatcher(script);
    for (int from = SecretInRun.nextPrint(m, script, 0); from >= 0; from = SecretInRun.nextPrint(m, script, from)) {
      found.add(m.start() + "-" + m.end() + " " + m.group(1));
    }
    return found;
  }

  @Test
  void should_find_what_find_finds_in_real_world_scripts() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    List<Path> files = Shared.files(root, p -> p.toString().replace('\\', '/').matches(".*/\\.github/workflows/[^/]+")
        && p.toString().matches(".*\\.ya?ml"));
    int scripts = 0;
    int prints = 0;
    for (Path file : files) {
      Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of("w.yml", Files.readString(file, StandardCharsets.UTF_8)));
      for (Job job : parsed.value().map(w -> w.jobs().values()).orElse(List.of())) {
        for (Step step : job.steps()) {
          if (step.run().isPresent()) {
            List<String> expected = byFind(step.run().get());
            assertThat(byRule(step.run().get())).isEqualTo(expected);
            scripts++;
            prints += expected.size();
          }
        }
      }
    }
    assertThat(scripts).isGreaterThan(1000);
    assertThat(prints).isGreaterThan(100);
  }

  @Property(tries = 2000)
  void should_find_what_find_finds_in_random_scripts(@ForAll("scripts") String script) {
    assertThat(byRule(script)).isEqualTo(byFind(script));
  }

  @Provide
  Arbitrary<String> scripts() {
    return Arbitraries.of("echo", "printf", "echo ", "printf '%s' ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u000B",
        "\f", "\u0085", "\u2028", "$", "${", "}", "VAR", "TOKEN", "x", "|", ">", "becho", "echoecho", "\"", "-n ")
        .list().ofMaxSize(16).map(parts -> String.join("", parts));
  }
}
