package dev.devopskit.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile inputs, generated here rather than committed: every installed format reads them (and the default policy
 * checks what was read) to a {@code Parsed} with findings, without an exception and without hanging. The timeout
 * is a hang guard for a loaded machine, not a performance target (see docs/performance.md for those).
 */
class AdversarialInputsTest {
  private static final Duration GUARD = Duration.ofSeconds(60);
  /** How the readers' catch-alls name a crash in a finding: "could not be read (StackOverflowError)". */
  private static final java.util.regex.Pattern CRASH = java.util.regex.Pattern.compile("\\(\\w+(?:Exception|Error)\\)");
  private static final List<String> ALL = List.of();
  private static final List<String> YAML = List.of("github-workflow", "compose", "prometheus-rules", "feature-flags",
      "environments", "plain-text");
  private static final List<String> LINE_BASED = List.of("dockerfile", "dockerignore", "sql-migration", "runbook",
      "postmortem", "plain-text");

  /** Name -> (formats it targets, or ALL; the bytes). */
  static Map<String, Map.Entry<List<String>, Supplier<byte[]>>> inputs() {
    Map<String, Map.Entry<List<String>, Supplier<byte[]>>> inputs = new LinkedHashMap<>();
    inputs.put("billion-laughs", Map.entry(ALL, () -> utf8(billionLaughs())));
    inputs.put("quadratic-alias-blowup", Map.entry(ALL, () -> utf8(quadratic())));
    inputs.put("merge-key-blowup", Map.entry(ALL, () -> utf8(mergeBlowup())));
    inputs.put("deep-flow-nesting-10000", Map.entry(ALL, () -> utf8("a: " + "[".repeat(10_000) + "]".repeat(10_000)
        + "\n")));
    inputs.put("deep-flow-mapping-10000", Map.entry(ALL, () -> utf8("a: " + "{b: ".repeat(10_000)
        + "c" + "}".repeat(10_000) + "\n")));
    inputs.put("deep-block-nesting-10000", Map.entry(ALL, () -> utf8(deepBlock(10_000))));
    inputs.put("deep-sequence-nesting-10000", Map.entry(ALL, () -> utf8("- ".repeat(10_000) + "x\n")));
    inputs.put("long-key-line", Map.entry(ALL, () -> utf8("k" .repeat(200_000) + ": v\n")));
    inputs.put("single-20mb-line", Map.entry(concat(YAML, LINE_BASED), () -> utf8("x".repeat(20 * 1024 * 1024))));
    inputs.put("single-20mb-yaml-value", Map.entry(List.of("github-workflow", "compose"),
        () -> utf8("name: \"" + "y".repeat(20 * 1024 * 1024) + "\"\n")));
    inputs.put("invalid-utf8", Map.entry(ALL, AdversarialInputsTest::invalidUtf8));
    inputs.put("nul-bytes", Map.entry(ALL, () -> utf8("name: ci\u0000\non:\u0000 push\n\u0000\u0000jobs: {}\n"
        .repeat(1000))));
    inputs.put("only-nul", Map.entry(ALL, () -> new byte[100_000]));
    inputs.put("bom-and-cr-only", Map.entry(ALL, () -> utf8("\uFEFFa: 1\rb: 2\r".repeat(10_000))));
    inputs.put("dockerfile-long-continuation", Map.entry(ALL, () -> utf8("FROM alpine:3.20\nRUN true "
        + "\\\n  && echo x ".repeat(200_000) + "\n")));
    inputs.put("dockerfile-continuation-to-eof", Map.entry(ALL, () -> utf8("FROM alpine:3.20\nRUN a \\\n"
        + "\\\n".repeat(100_000))));
    inputs.put("dockerfile-many-stages", Map.entry(ALL, () -> utf8(manyStages())));
    inputs.put("dockerfile-heredoc-unterminated", Map.entry(ALL, () -> utf8("FROM alpine\nRUN <<EOF\n"
        + "echo\n".repeat(100_000))));
    inputs.put("markdown-deep-quotes", Map.entry(ALL, () -> utf8("---\ntype: runbook\n---\n# R\n\n"
        + ">".repeat(10_000) + " x\n")));
    inputs.put("markdown-deep-lists", Map.entry(ALL, () -> utf8(deepLists())));
    inputs.put("markdown-brackets", Map.entry(ALL, () -> utf8("# P\n\n" + "[".repeat(50_000) + "a"
        + "](".repeat(50_000) + "\n")));
    inputs.put("markdown-emphasis", Map.entry(ALL, () -> utf8("# P\n\n" + "*a_".repeat(50_000) + "\n")));
    inputs.put("markdown-unclosed-fences", Map.entry(ALL, () -> utf8("# R\n\n" + "```sh\n".repeat(20_000))));
    inputs.put("markdown-huge-table", Map.entry(ALL, () -> utf8("# P\n\n|" + "a|".repeat(5000) + "\n|"
        + "-|".repeat(5000) + "\n" + ("|" + "b|".repeat(5000) + "\n").repeat(50))));
    inputs.put("sql-unterminated-dollar-quote", Map.entry(ALL, () -> utf8("CREATE FUNCTION f() RETURNS int AS $body$\n"
        + "SELECT 1;\n".repeat(100_000))));
    inputs.put("sql-many-dollar-tags", Map.entry(ALL, () -> utf8("$a$ $b$ $c$ ".repeat(50_000))));
    inputs.put("sql-unterminated-comment-and-string", Map.entry(ALL, () -> utf8("/* " + "-- '".repeat(100_000))));
    inputs.put("liquibase-many-changesets", Map.entry(ALL, () -> utf8("--liquibase formatted sql\n"
        + "--changeset a:1\nSELECT 1;\n".repeat(20_000))));
    inputs.put("promql-deep-parens", Map.entry(ALL, () -> utf8("groups:\n- name: g\n  rules:\n  - alert: A\n"
        + "    expr: " + "(".repeat(10_000) + "up" + ")".repeat(10_000) + "\n")));
    inputs.put("promql-long-selector", Map.entry(ALL, () -> utf8("groups:\n- name: g\n  rules:\n  - alert: A\n"
        + "    expr: 'up{" + "a=~\".*.*.*\",".repeat(5000) + "}'\n")));
    inputs.put("flagd-deep-targeting", Map.entry(ALL, () -> utf8("{\"flags\": {\"f\": {\"state\": \"ENABLED\", "
        + "\"defaultVariant\": \"on\", \"variants\": {\"on\": true}, \"targeting\": "
        + "{\"if\": [".repeat(5000) + "true" + "]}".repeat(5000) + "}}}")));
    inputs.put("json-deep-arrays", Map.entry(ALL, () -> utf8("[".repeat(10_000) + "]".repeat(10_000))));
    inputs.put("many-short-lines", Map.entry(ALL, () -> utf8("a\n".repeat(1_000_000))));
    return inputs;
  }

  @org.junit.jupiter.api.Test
  void devops_check_reports_a_file_over_the_limit_without_reading_it(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path folder) throws java.io.IOException {
    java.nio.file.Path file = folder.resolve("docs/runbooks/huge.md");
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.write(file, utf8("x".repeat(20 * 1024 * 1024)));
    var result = Assertions.assertTimeoutPreemptively(GUARD, () -> dev.devopskit.core.policy.PathCheck
        .of(Formats.installed(), Policy.defaults()).check(List.of(folder)));
    assertThat(result.findingList()).isNotEmpty();
  }

  /** Where {@code devops check} meets each hostile input: a path the named format claims. */
  private static final Map<String, Map.Entry<String, String>> PLACED = new LinkedHashMap<>();

  static {
    PLACED.put(".github/workflows/billion-laughs.yml", Map.entry("github-workflow", "billion-laughs"));
    PLACED.put(".github/workflows/deep.yml", Map.entry("github-workflow", "deep-flow-nesting-10000"));
    PLACED.put(".github/workflows/invalid.yml", Map.entry("github-workflow", "invalid-utf8"));
    PLACED.put("compose.yaml", Map.entry("compose", "quadratic-alias-blowup"));
    PLACED.put("docker-compose.merge.yml", Map.entry("compose", "merge-key-blowup"));
    PLACED.put("Dockerfile", Map.entry("dockerfile", "dockerfile-long-continuation"));
    PLACED.put("images/Dockerfile.stages", Map.entry("dockerfile", "dockerfile-many-stages"));
    PLACED.put("images/Dockerfile.lines", Map.entry("dockerfile", "many-short-lines"));
    PLACED.put("docs/runbooks/deep-quotes.md", Map.entry("runbook", "markdown-deep-quotes"));
    PLACED.put("docs/postmortems/deep-lists.md", Map.entry("postmortem", "markdown-deep-lists"));
    PLACED.put("docs/postmortems/brackets.md", Map.entry("postmortem", "markdown-brackets"));
    PLACED.put("db/migration/V1__dollar.sql", Map.entry("sql-migration", "sql-unterminated-dollar-quote"));
    PLACED.put("monitoring/alerts.rules.yml", Map.entry("prometheus-rules", "promql-deep-parens"));
    PLACED.put("flags/app.flagd.json", Map.entry("feature-flags", "flagd-deep-targeting"));
    PLACED.put("environments.yml", Map.entry("environments", "nul-bytes"));
    PLACED.put("docs/runbooks/huge.md", Map.entry("runbook", "single-20mb-line"));
  }

  @org.junit.jupiter.api.Test
  void devops_check_over_a_folder_of_hostile_files_ends_with_findings(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path folder) throws java.io.IOException {
    Map<String, Map.Entry<List<String>, Supplier<byte[]>>> inputs = inputs();
    Formats formats = Formats.installed();
    for (Map.Entry<String, Map.Entry<String, String>> placed : PLACED.entrySet()) {
      String path = placed.getKey();
      String formatName = placed.getValue().getKey();
      byte[] bytes = inputs.get(placed.getValue().getValue()).getValue().get();
      String head = new String(bytes, 0, Math.min(2048, bytes.length), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(formats.all()).as("a format named %s claims %s", formatName, path)
          .anyMatch(f -> f.name().equals(formatName) && (f.claims(path) || f.claimsContent(path, head)));
      java.nio.file.Path file = folder.resolve(path);
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.write(file, bytes);
    }
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine line = dev.devopskit.cli.Devops.commandLine();
    line.setOut(new java.io.PrintWriter(out, true));
    line.setErr(new java.io.PrintWriter(err, true));
    int exit = Assertions.assertTimeoutPreemptively(GUARD.multipliedBy(2),
        () -> line.execute("check", folder.toString(), "--profile", "strict", "--format", "json"));
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(exit).as("exit code (1: error findings)\n%s", err).isEqualTo(1);
    com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.toString());
    assertThat(report.at("/summary/errors").asInt()).isPositive();
    String text = out.toString();
    assertThat(text).doesNotContain(dev.devopskit.core.check.CoreRules.RULE_FAILURE.id());
    assertThat(CRASH.matcher(text).find()).as("a finding that stands for a crash").isFalse();
    for (String path : PLACED.keySet()) {
      assertThat(text).as("a finding about %s", path).contains(path);
    }
  }

  @TestFactory
  Stream<DynamicTest> every_format_survives_every_hostile_input() {
    List<DynamicTest> tests = new ArrayList<>();
    List<Format<?>> formats = Formats.installed().all();
    inputs().forEach((name, entry) -> {
      for (Format<?> format : formats) {
        if (entry.getKey().isEmpty() || entry.getKey().contains(format.name())) {
          tests.add(DynamicTest.dynamicTest(name + " / " + format.name(),
              () -> survives(format, () -> bytesOf(name, entry.getValue()))));
        }
      }
    });
    return tests.stream();
  }

  private static String lastInput;
  private static byte[] lastBytes;

  /** The bytes of an input, made once for the formats that read it one after the other (some are 50 MB). */
  private static synchronized byte[] bytesOf(String name, Supplier<byte[]> input) {
    if (!name.equals(lastInput)) {
      lastBytes = null;
      lastBytes = input.get();
      lastInput = name;
    }
    return lastBytes;
  }

  private static <T> void survives(Format<T> format, Supplier<byte[]> input) {
    byte[] bytes = input.get();
    Parsed<T> parsed = Assertions.assertTimeoutPreemptively(GUARD, () -> {
      Parsed<SourceFile> decoded = Sources.decode(bytes, "hostile");
      SourceFile source = decoded.value().orElseThrow();
      Parsed<T> read = format.read(source);
      // Over the size limit, devops check (PathCheck) reports the file as too large and runs no rule on it, so
      // only the reader must cope; within it, every rule runs on what was read.
      List<dev.devopskit.core.check.Finding> findings = new ArrayList<>(read.findings());
      if (bytes.length <= Sources.DEFAULT_MAX_BYTES) {
        findings.addAll(Policy.defaults().check(read, format).findingList());
      }
      read.value().ifPresent(format::write);
      // Readers and the engine turn a crash into a finding (so devops check goes on): here that is a failure.
      assertThat(findings).as("findings that stand for a crash").noneMatch(f -> f.ruleId().equals(
          dev.devopskit.core.check.CoreRules.RULE_FAILURE.id()) || CRASH.matcher(f.message()).find());
      return read;
    }, () -> format.name() + " did not finish");
    assertThat(parsed.source()).isNotNull();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static String billionLaughs() {
    StringBuilder text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      text.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        text.append(i == 0 ? "" : ",").append('*').append(p);
      }
      text.append("]\n");
    }
    return text.toString();
  }

  static String quadratic() {
    String big = "x".repeat(100_000);
    StringBuilder text = new StringBuilder("base: &b \"" + big + "\"\nlist:\n");
    for (int i = 0; i < 10_000; i++) {
      text.append("  - *b\n");
    }
    return text.toString();
  }

  static String mergeBlowup() {
    StringBuilder text = new StringBuilder("m0: &m0 {k: v}\n");
    for (int i = 1; i < 30; i++) {
      text.append("m").append(i).append(": &m").append(i).append(" {<<: [*m").append(i - 1).append(", *m")
          .append(i - 1).append("], k").append(i).append(": v}\n");
    }
    return text.toString();
  }

  static String deepBlock(int depth) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      text.append(" ".repeat(i)).append("k:\n");
    }
    return text.toString();
  }

  static String manyStages() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("FROM s").append(Math.max(0, i - 1)).append(" AS s").append(i).append("\nCOPY --from=s")
          .append(Math.max(0, i - 1)).append(" /a /a\n");
    }
    return text.toString();
  }

  static String deepLists() {
    StringBuilder text = new StringBuilder("---\ntype: runbook\n---\n# R\n\n");
    for (int i = 0; i < 2000; i++) {
      text.append("  ".repeat(i)).append("1. step\n");
    }
    return text.toString();
  }

  static byte[] invalidUtf8() {
    byte[] bytes = new byte[300_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) switch (i % 6) {
        case 0 -> 0xC3;
        case 1 -> 0x28;
        case 2 -> 0xFF;
        case 3 -> 0xE2;
        case 4 -> 0x82;
        default -> '\n';
      };
    }
    return bytes;
  }
}
