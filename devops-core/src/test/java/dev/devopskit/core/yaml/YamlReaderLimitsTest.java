package dev.devopskit.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs give findings, never an exception, an OutOfMemoryError or a hang. The inputs are generated here
 * rather than committed. The timeout only guards against hangs; it is not a performance assertion.
 */
class YamlReaderLimitsTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  private static Parsed<YamlDocument> read(String text) {
    return guarded(() -> Yaml.read(SourceFile.of("hostile.yml", text)));
  }

  private static <T> T guarded(Supplier<T> work) {
    return assertTimeoutPreemptively(HANG_GUARD, work::get);
  }

  @Test
  void should_stop_a_billion_laughs_with_a_limit_finding() {
    StringBuilder text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      String previous = "*a" + (level - 1);
      text.append("a").append(level).append(": &a").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
    }
    Parsed<YamlDocument> parsed = read(text.toString());
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
    assertThat(parsed.findings().get(0).message()).contains("aliases expand");
    assertThat(parsed.findings().get(0).location().line()).isBetween(6, 10);
  }

  @Test
  void should_stop_a_long_value_repeated_through_many_aliases() {
    StringBuilder text = new StringBuilder("base: &b \"" + "x".repeat(100_000) + "\"\nlist:\n");
    text.append("  - *b\n".repeat(10_000));
    Parsed<YamlDocument> parsed = guarded(() -> read(text.toString()));
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
    assertThat(parsed.findings().get(0).message()).contains("aliases expand", "characters");
    assertThat(parsed.findings().get(0).location().line()).isBetween(50, 60);
  }

  @Test
  void should_list_the_first_hundred_duplicate_keys_and_count_the_rest() {
    Parsed<YamlDocument> parsed = guarded(() -> read("a: 1\nb: 2\n".repeat(10_000)));
    assertThat(parsed.findings()).hasSize(101).extracting(Finding::ruleId).containsOnly("yaml/duplicate-key");
    Finding last = parsed.findings().get(100);
    assertThat(last.message()).startsWith("19898 more duplicate keys");
    assertThat(last.location().line()).isEqualTo(103);
  }

  @Test
  void should_accept_a_moderate_use_of_aliases() {
    Parsed<YamlDocument> parsed = read("d: &d {a: 1, b: 2}\nx: [*d, *d, *d, *d]\n");
    assertThat(parsed.findings()).isEmpty();
  }

  @Test
  void should_stop_ten_thousand_nested_block_sequences() {
    String text = "- ".repeat(10_000) + "x\n";
    Parsed<YamlDocument> parsed = read(text);
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
    assertThat(parsed.findings().get(0).message()).contains("nested");
  }

  @Test
  void should_stop_ten_thousand_nested_block_mappings() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      text.append("- k: ");
    }
    Parsed<YamlDocument> parsed = read(text.append("x\n").toString());
    assertThat(parsed.findings()).isNotEmpty();
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsAnyOf(Yaml.LIMIT_RULE, Yaml.SYNTAX_RULE);
  }

  @Test
  void should_stop_ten_thousand_nested_flow_sequences() {
    Parsed<YamlDocument> parsed = read("[".repeat(10_000) + "]".repeat(10_000) + "\n");
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
  }

  @Test
  void should_stop_ten_thousand_nested_flow_mappings() {
    Parsed<YamlDocument> parsed = read("{a: ".repeat(10_000) + "b" + "}".repeat(10_000) + "\n");
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
  }

  @Test
  void should_read_nesting_just_under_the_limit() {
    int depth = YamlLimits.defaults().maxDepth();
    Parsed<YamlDocument> parsed = read("[".repeat(depth) + "]".repeat(depth) + "\n");
    assertThat(parsed.findings()).isEmpty();
  }

  @Test
  void should_report_invalid_utf8_at_its_line_and_still_read_the_text() {
    byte[] bytes = "name: ok\nvalue: caf\u00e9 \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    Parsed<SourceFile> decoded = Sources.decode(bytes, "latin1.yml");
    assertThat(decoded.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(CoreRules.ENCODING.id());
      assertThat(f.location().line()).isEqualTo(2);
      assertThat(f.location().column()).isEqualTo(11);
    });
    Parsed<YamlDocument> parsed = guarded(() -> Yaml.read(decoded.value().orElseThrow()));
    assertThat(parsed.value().orElseThrow().root()).isPresent();
  }

  @Test
  void should_report_truncated_utf8_at_the_end() {
    byte[] bytes = {'a', ':', ' ', (byte) 0xE2, (byte) 0x82};
    Parsed<SourceFile> decoded = Sources.decode(bytes, "cut.yml");
    assertThat(decoded.findings()).extracting(Finding::ruleId).containsExactly(CoreRules.ENCODING.id());
    assertThat(decoded.findings().get(0).message()).contains("offset 3");
  }

  @Test
  void should_refuse_a_six_megabyte_text_with_a_limit_finding() {
    String text = ("key: " + "v".repeat(95) + "\n").repeat(6 * 1024 * 1024 / 101 + 1);
    assertThat(text.length()).isGreaterThan(6_000_000);
    Parsed<YamlDocument> parsed = read(text);
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
    assertThat(parsed.findings().get(0).location().line()).isEqualTo(1);
  }

  @Test
  void should_refuse_a_six_megabyte_file_before_reading_it(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("big.yml");
    Files.write(file, new byte[6 * 1024 * 1024]);
    Parsed<SourceFile> loaded = guarded(() -> Sources.load(file, "big.yml", Sources.DEFAULT_MAX_BYTES));
    assertThat(loaded.value()).isEmpty();
    assertThat(loaded.findings()).extracting(Finding::ruleId).containsExactly(CoreRules.TOO_LARGE.id());
  }

  @Test
  void should_report_nul_bytes_in_the_file_and_in_yaml() {
    byte[] bytes = "a: 1\nb: x\u0000y\n".getBytes(StandardCharsets.UTF_8);
    Parsed<SourceFile> decoded = Sources.decode(bytes, "nul.yml");
    assertThat(decoded.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(CoreRules.ENCODING.id());
      assertThat(f.location().line()).isEqualTo(2);
    });
    Parsed<YamlDocument> parsed = guarded(() -> Yaml.read(decoded.value().orElseThrow()));
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsExactly(Yaml.SYNTAX_RULE);
    assertThat(parsed.findings().get(0).location().line()).isEqualTo(2);
  }

  @Test
  void should_refuse_a_twenty_megabyte_single_line() {
    String line = "k: " + "a".repeat(20 * 1024 * 1024);
    Parsed<YamlDocument> parsed = read(line);
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
    Parsed<SourceFile> decoded = guarded(() -> Sources.decode(line.getBytes(StandardCharsets.UTF_8), "line.yml"));
    assertThat(decoded.findings()).isEmpty();
  }

  @Test
  void should_read_a_long_single_line_within_the_limit() {
    Parsed<YamlDocument> parsed = read("k: " + "ab ".repeat(1_000_000));
    assertThat(parsed.findings()).isEmpty();
  }

  @Test
  void should_honour_smaller_custom_limits() {
    YamlLimits tight = new YamlLimits(100, 3, 10);
    assertThat(Yaml.read(SourceFile.of("t.yml", "x".repeat(101)), tight).findings())
        .extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
    assertThat(Yaml.read(SourceFile.of("t.yml", "[[[[x]]]]"), tight).findings())
        .extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
    assertThat(Yaml.read(SourceFile.of("t.yml", "a: &a [1, 2, 3, 4]\nb: [*a, *a, *a]\n"), tight).findings())
        .extracting(Finding::ruleId).containsExactly(Yaml.LIMIT_RULE);
  }
}
