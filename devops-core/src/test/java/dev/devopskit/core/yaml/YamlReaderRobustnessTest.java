package dev.devopskit.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The reader never throws: not on real files, not on mutated ones. */
class YamlReaderRobustnessTest {

  @Test
  void should_read_every_conformance_yaml_file_without_an_exception() throws IOException {
    List<Path> files = Shared.files(Shared.conformance(), p -> {
      String name = p.getFileName().toString();
      return name.endsWith(".yml") || name.endsWith(".yaml");
    });
    List<String> failures = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      String name = Shared.conformance().relativize(file).toString();
      try {
        Parsed<YamlDocument> parsed = Yaml.read(SourceFile.of(name, text));
        if (parsed.findings().stream().anyMatch(f -> f.ruleId().equals(Yaml.SYNTAX_RULE)
            && f.severity() == dev.devopskit.core.check.Severity.ERROR)) {
          broken.add(name + ": " + parsed.findings().get(0));
        }
        parsed.findings().forEach(f -> assertThat(f.location().line()).isPositive());
        parsed.findings().stream().map(f -> f.ruleId() + " " + f.severity().label()).distinct()
            .forEach(rule -> byRule.merge(rule, 1, Integer::sum));
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(name + ": " + e);
      }
    }
    System.out.printf("YAML conformance: %d files read, %d with syntax errors; files per finding kind: %s%n",
        files.size(), broken.size(), byRule);
    broken.forEach(b -> System.out.println("  " + b));
    assertThat(files).hasSizeGreaterThan(600);
    assertThat(failures).isEmpty();
    // The files with syntax errors are the negative test cases and fixtures that are invalid on purpose.
    assertThat(broken.size()).isLessThan(files.size() / 20);
  }

  @Property(tries = 300)
  void should_never_throw_on_a_mutated_file(@ForAll("mutations") String text) {
    Parsed<YamlDocument> parsed = Yaml.read(SourceFile.of("mutated.yml", text));
    for (Finding finding : parsed.findings()) {
      assertThat(finding.location().line()).isBetween(1, Math.max(1, parsed.source().lineCount()));
    }
  }

  @Provide
  Arbitrary<String> mutations() {
    String base = YamlFixtures.text("positions.yml") + YamlFixtures.text("anchors.yml");
    Arbitrary<String> pieces = Arbitraries.of("\t", ":", "- ", "&a ", "*a", "<<: ", "\"", "'", "[", "]", "{", "}",
        "\n", "  ", "#", "|", ">", "? ", "!!str ", "%YAML 1.2\n", "---\n", "\u0000", "\uFEFF", "\uD83D", "\\");
    return Arbitraries.integers().between(0, base.length()).list().ofMinSize(1).ofMaxSize(8)
        .flatMap(offsets -> pieces.list().ofSize(offsets.size()).map(inserts -> {
          StringBuilder text = new StringBuilder(base);
          for (int i = 0; i < offsets.size(); i++) {
            int at = Math.min(offsets.get(i), text.length());
            if (i % 3 == 2 && at < text.length()) {
              text.deleteCharAt(at);
            } else {
              text.insert(at, inserts.get(i));
            }
          }
          return text.toString();
        }));
  }
}
