package dev.devopskit.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.cli.Devops;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.secret.SecretKind;
import dev.devopskit.core.secret.SecretMatch;
import dev.devopskit.core.secret.SecretScanner;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A fake secret of every kind the scanner knows, planted in the values of every format's files (workflow env and
 * run, compose environment, Dockerfile ENV and ARG, .env, runbook commands, flag variants, alert annotations, SQL
 * comments, environments, descriptor-like YAML, plain files): no report format, no finding, no model value's
 * {@code toString()} and no exception message may contain a planted value.
 */
class PlantedSecretsTest {
  /** The planted values, by kind: the exact text the scanner matches in the labelled samples. */
  static final Map<SecretKind, List<String>> PLANTED = new EnumMap<>(SecretKind.class);

  @TempDir
  static Path repository;

  @BeforeAll
  static void plant() throws IOException {
    for (String line : samples()) {
      String[] parts = line.split("\t", 3);
      String content = parts[2].replace("\\n", "\n");
      for (SecretMatch match : SecretScanner.defaults().scanText(content)) {
        String value = content.substring(match.start(), match.end());
        if (value.length() >= 8) {
          PLANTED.computeIfAbsent(SecretKind.valueOf(parts[0]), k -> new ArrayList<>()).add(value);
        }
      }
    }
    // Kinds that only a key name reveals: an assignment to a secret-looking name, and a high-entropy token.
    PLANTED.computeIfAbsent(SecretKind.SENSITIVE_ASSIGNMENT, k -> new ArrayList<>()).add("Vq7rT2mK9xLp4Wz8");
    PLANTED.computeIfAbsent(SecretKind.HIGH_ENTROPY, k -> new ArrayList<>()).add("Zx81QwErTy5UiOp0AsDfGh7JkLzXcVbN");
    writeRepository(repository);
  }

  static List<String> samples() {
    try (InputStream in = PlantedSecretsTest.class.getResourceAsStream("/secrets/secrets.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> singleLine() {
    return PLANTED.values().stream().flatMap(List::stream).filter(v -> !v.contains("\n"))
        .collect(Collectors.toList());
  }

  static List<String> all() {
    return PLANTED.values().stream().flatMap(List::stream).collect(Collectors.toList());
  }

  static String yamlQuoted(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  static void writeRepository(Path root) throws IOException {
    List<String> values = singleLine();
    List<String> multi = all().stream().filter(v -> v.contains("\n")).collect(Collectors.toList());
    StringBuilder workflow = new StringBuilder("name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
        + "    env:\n");
    StringBuilder compose = new StringBuilder("services:\n  app:\n    image: nginx:1.27\n    environment:\n");
    StringBuilder dockerfile = new StringBuilder("FROM alpine:3.20\n");
    StringBuilder env = new StringBuilder();
    StringBuilder runbook = new StringBuilder("---\ntype: runbook\ntitle: Rotate keys\nowner: platform\n---\n"
        + "# Rotate keys\n\n## Steps\n\n");
    StringBuilder flags = new StringBuilder("{\n  \"$schema\": \"https://flagd.dev/schema/v0/flags.json\",\n"
        + "  \"flags\": {\n");
    StringBuilder alerts = new StringBuilder("groups:\n  - name: app\n    rules:\n");
    StringBuilder sql = new StringBuilder("-- create the table\nCREATE TABLE accounts (id bigint primary key);\n");
    StringBuilder environments = new StringBuilder("environments:\n  - name: production\n    variables:\n");
    StringBuilder properties = new StringBuilder();
    StringBuilder postmortem = new StringBuilder("---\ntype: postmortem\ntitle: Leak\nseverity: SEV2\n---\n"
        + "# Leak\n\n## Summary\n\n");
    int i = 0;
    for (String value : values) {
      String name = "SERVICE_" + i + "_TOKEN";
      workflow.append("      ").append(name).append(": ").append(yamlQuoted(value)).append('\n');
      compose.append("      ").append(name).append(": ").append(yamlQuoted(value)).append('\n');
      dockerfile.append(i % 2 == 0 ? "ENV " : "ARG ").append(name).append("=\"").append(value.replace("\"", ""))
          .append("\"\n");
      env.append(name).append('=').append(value).append('\n');
      runbook.append(i + 1).append(". Call the API\n\n   ```sh\n   curl -H 'Authorization: Bearer ").append(value)
          .append("' https://api.internal/rotate\n   ```\n\n");
      flags.append("    \"flag-").append(i).append("\": {\"state\": \"ENABLED\", \"defaultVariant\": \"off\", ")
          .append("\"variants\": {\"off\": \"").append(value.replace("\"", "").replace("\\", ""))
          .append("\", \"on\": \"x\"}},\n");
      alerts.append("      - alert: Alert").append(i).append("\n        expr: up == 0\n        for: 5m\n")
          .append("        labels:\n          severity: page\n        annotations:\n          summary: ")
          .append(yamlQuoted("token " + value)).append('\n');
      sql.append("-- password=").append(value).append('\n');
      environments.append("      ").append(name).append(": ").append(yamlQuoted(value)).append('\n');
      properties.append("service.").append(i).append(".token").append('=').append(value).append('\n');
      postmortem.append("The key ").append(value).append(" was pasted.\n\n");
      i++;
    }
    workflow.append("    steps:\n      - uses: actions/checkout@v4\n      - run: |\n");
    for (String value : values) {
      workflow.append("          curl -H \"Authorization: token ").append(value.replace("\"", ""))
          .append("\" https://api.example.com\n");
    }
    for (String value : multi) {
      workflow.append("      - run: |\n");
      value.lines().forEach(l -> workflow.append("          ").append(l).append('\n'));
      compose.append("      KEY_").append(i++).append(": |\n");
      value.lines().forEach(l -> compose.append("        ").append(l).append('\n'));
      runbook.append("```\n").append(value).append("\n```\n\n");
      sql.append("/*\n").append(value).append("\n*/\n");
    }
    flags.append("    \"last\": {\"state\": \"ENABLED\", \"defaultVariant\": \"off\", \"variants\": "
        + "{\"off\": false, \"on\": true}}\n  }\n}\n");
    write(root, ".github/workflows/ci.yml", workflow.toString());
    write(root, "compose.yaml", compose.toString());
    write(root, "Dockerfile", dockerfile.toString());
    write(root, ".env", env.toString());
    write(root, "docs/runbooks/rotate-keys.md", runbook.toString());
    write(root, "docs/postmortems/2026-01-01-leak.md", postmortem.toString());
    write(root, "flags.flagd.json", flags.toString());
    write(root, "prometheus/alerts.rules.yml", alerts.toString());
    write(root, "db/migration/V1__init.sql", sql.toString());
    write(root, "environments.yml", environments.toString());
    write(root, "config/app.properties", properties.toString());
    write(root, "keys/deploy.pem", String.join("\n", multi) + "\n");
  }

  static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The planted values found in a text, redacted for the assertion message itself. */
  static List<String> leaks(String text) {
    return leaks(text, value -> true);
  }

  /** The planted values that count and are found in a text. */
  static List<String> leaks(String text, java.util.function.Predicate<String> counts) {
    List<String> leaks = new ArrayList<>();
    PLANTED.forEach((kind, values) -> values.forEach(value -> {
      if (!counts.test(value)) {
        return;
      }
      for (String fragment : fragments(value)) {
        if (text.contains(fragment)) {
          int at = text.indexOf(fragment);
          int lineStart = text.lastIndexOf('\n', at) + 1;
          leaks.add(kind + " (" + value.length() + " chars, at offset " + at + ", line starting: "
              + text.substring(lineStart, Math.min(at, lineStart + 80)).replace('\n', ' ') + ")");
          return;
        }
      }
    }));
    return leaks;
  }

  /** The whole value and, for long ones, its secret middle (redaction may keep a short prefix). */
  static List<String> fragments(String value) {
    List<String> fragments = new ArrayList<>();
    for (String line : value.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.length() >= 16 && !trimmed.startsWith("-----")) {
        fragments.add(trimmed.substring(trimmed.length() / 3, trimmed.length() / 3 + 8));
      }
    }
    fragments.add(value);
    return fragments;
  }

  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = Devops.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return "exit " + exit + "\n" + out + err;
  }

  @Test
  void every_kind_is_planted() {
    assertThat(PLANTED.keySet()).containsExactlyInAnyOrder(SecretKind.values());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void no_report_format_shows_a_planted_value(String format) {
    String report = run("check", repository.toString(), "--format", format);
    assertThat(report).contains("secret");
    assertThat(leaks(report)).as("planted values in the %s report", format).isEmpty();
  }

  @Test
  void no_report_file_shows_a_planted_value() throws IOException {
    Path out = repository.resolveSibling(repository.getFileName() + "-report.sarif");
    run("check", repository.toString(), "--format", "sarif", "-o", out.toString());
    assertThat(leaks(Files.readString(out))).isEmpty();
  }

  /** Leaks through the read values' toString(), kept apart: see {@link #no_model_value_shows_a_planted_value}. */
  static final List<String> VALUE_LEAKS = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Test
  void no_finding_or_exception_shows_a_planted_value() throws IOException {
    Formats formats = Formats.installed();
    TreeSet<String> leaks = new TreeSet<>();
    List<String> files;
    try (Stream<Path> walk = Files.walk(repository)) {
      files = walk.filter(Files::isRegularFile).map(p -> repository.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
    Map<String, String> formatOf = new LinkedHashMap<>();
    for (String relative : files) {
      String text = Files.readString(repository.resolve(relative));
      java.util.Optional<Format<?>> found = formats.forFile(relative, text.substring(0, Math.min(512, text.length())));
      if (found.isEmpty()) {
        continue;
      }
      Format<?> format = found.get();
      formatOf.put(relative, format.name());
      leaks.addAll(check(format, relative, text));
    }
    assertThat(formatOf.values()).as("each planted file is read by its own format").contains("github-workflow",
        "compose", "dockerfile", "runbook", "postmortem", "feature-flags", "prometheus-rules", "sql-migration",
        "environments", "plain-text");
    assertThat(leaks).isEmpty();
  }

  /**
   * No read value's {@code toString()} shows a planted value that the scanner recognises in its file. Some planted
   * values are secrets only by their context: a password given to a secret-looking name, the password of a
   * database URL, an AWS secret key under its name. Planted alone (a flag variant, an alert summary, postmortem
   * prose) nothing tells them from a word, so they count only in the files where the scanner finds them; every
   * value that carries its own format (tokens, keys, webhooks) counts everywhere.
   */
  @Test
  void no_model_value_shows_a_planted_value() throws IOException {
    VALUE_LEAKS.clear();
    no_finding_or_exception_shows_a_planted_value();
    System.out.println("Value texts checked for " + all().size() + " planted values; not recognised in their file "
        + "(not counted): " + UNRECOGNISED + "; leaks: " + new TreeSet<>(VALUE_LEAKS).size());
    assertThat(new TreeSet<>(VALUE_LEAKS)).as("planted values the scanner does not recognise in their file: %s",
        UNRECOGNISED).isEmpty();
  }

  /** Planted values, per file, that the scanner does not recognise there (not counted in the value's text). */
  static final Map<String, Integer> UNRECOGNISED = new java.util.concurrent.ConcurrentSkipListMap<>();

  /**
   * Values that break their format's grammar cannot be built, and the message names the offending field: with a
   * planted value in that field, the message shows it redacted. Planted here: the values the scanner recognises
   * on their own (a password is a secret only next to its name or in its URL).
   */
  @Test
  void no_exception_from_building_a_value_shows_a_planted_value() {
    List<String> leaks = new ArrayList<>();
    List<String> standalone = singleLine().stream()
        .filter(v -> !dev.devopskit.core.secret.Redaction.redactSecrets(v).contains(v)).collect(Collectors.toList());
    assertThat(standalone).hasSizeGreaterThan(50);
    for (String value : standalone) {
      List<Runnable> builds = List.of(
          () -> dev.devopskit.core.environment.Environment.of("prod " + value,
              dev.devopskit.core.environment.Tier.PRODUCTION),
          () -> dev.devopskit.core.project.HealthCheck.http(value, 8080),
          () -> dev.devopskit.docker.dockerfile.Stage.builder().baseImage("alpine " + value).build(),
          () -> dev.devopskit.docker.compose.Service.builder().image("nginx")
              .putEnvironment("A=" + value, java.util.Optional.empty()).build(),
          () -> dev.devopskit.docs.runbook.RunbookStep.run("Rotate\n" + value, "echo"),
          () -> dev.devopskit.docs.runbook.EscalationContact.of("ops\n" + value, "page", "5m"));
      for (Runnable build : builds) {
        try {
          build.run();
          leaks.add("no exception for " + value.length() + " chars");
        } catch (IllegalArgumentException | IllegalStateException e) {
          leaks.addAll(leaks(String.valueOf(e.getMessage())));
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static <T> List<String> check(Format<T> format, String relative, String text) {
    List<String> leaks = new ArrayList<>();
    try {
      Parsed<T> parsed = format.read(SourceFile.of(relative, text));
      for (Finding finding : parsed.findings()) {
        leaks.addAll(prefixed(relative + " reader finding", leaks(finding.toString())));
      }
      parsed.value().ifPresent(value -> {
        String recognised = dev.devopskit.core.secret.Redaction.redactSecrets(text);
        // Recognised: the scanner redacts at least one of its occurrences in the file.
        java.util.function.Predicate<String> counts =
            v -> !text.contains(v) || occurrences(recognised, v) < occurrences(text, v);
        UNRECOGNISED.put(relative, (int) all().stream().filter(v -> text.contains(v) && !counts.test(v)).count());
        List<String> found = leaks(String.valueOf(value), counts);
        VALUE_LEAKS.addAll(prefixed(relative + " " + format.name() + " value toString", found));
      });
      for (Finding finding : dev.devopskit.core.policy.Policy.defaults().check(parsed, format).findings()) {
        leaks.addAll(prefixed(relative + " rule finding", leaks(finding.toString())));
      }
    } catch (RuntimeException e) {
      leaks.addAll(prefixed(relative + " exception", leaks(String.valueOf(e))));
      throw new AssertionError(relative + " threw " + e.getClass().getName(), e);
    }
    return leaks;
  }

  private static int occurrences(String text, String value) {
    int count = 0;
    for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length())) {
      count++;
    }
    return count;
  }

  private static List<String> prefixed(String where, List<String> leaks) {
    return leaks.stream().map(l -> where + ": " + l).collect(Collectors.toList());
  }
}
