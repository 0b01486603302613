package dev.devopskit.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Golden;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlStrings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scanner's findings over the conformance corpus (its real-world files, the whole repositories and the peers'
 * test data), kept in {@code src/test/resources/golden/conformance-secret-findings.txt}: {@link SecretScanner#scanText} over the text of
 * every file, {@link SecretScanner#scanValue} over every string of every YAML file, and what
 * {@link Redaction#secretsIn} hides of each string. A change to what the scanner finds fails here with a diff; when
 * it is meant, regenerate the file and review the diff in the commit:
 *
 * <pre>
 * ./mvnw -B -ntp -pl devops-core verify -Dtest=SecretFindingsGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Ddevopskit.updateGolden=true
 * </pre>
 *
 * <p>The file holds the redacted form of each match only ({@code ghp_****}), never a value.
 */
class SecretFindingsGoldenTest {
  private static final String GOLDEN = "golden/conformance-secret-findings.txt";
  /** What a redacted form may show: at most four characters of the value, then stars. */
  /** The parts of the conformance data that are files of projects (not schemas or the manifest). */
  private static final Pattern CORPUS = Pattern.compile("(?:real-world|whole-repos|peer-tests)/");
  private static final Pattern REDACTED = Pattern.compile("[^ ]{0,4}\\*{4}");

  @Test
  void should_find_what_the_golden_file_lists_on_every_conformance_file() throws IOException {
    String actual = findings();
    Golden.check(SecretFindingsGoldenTest.class, GOLDEN, actual, "the secret scanner's findings on the conformance files");
    assertThat(actual.lines().count()).as("findings in the snapshot").isGreaterThan(100);
    assertThat(actual.lines()).allSatisfy(line -> assertThat(REDACTED.matcher(line.substring(line.lastIndexOf(' ') + 1))
        .matches()).as("redacted: %s", line).isTrue());
  }

  /**
   * One line per match, files in a stable order: {@code text path:line kind redacted} for the text,
   * {@code yaml path:line key kind redacted} for a YAML string and {@code redact path:line key kind redacted} for a
   * string that {@link Redaction#secretsIn} changes.
   */
  static String findings() throws IOException {
    Path root = Shared.conformance();
    StringBuilder out = new StringBuilder();
    int files = 0;
    for (Path file : Shared.files(root, p -> Files.isRegularFile(p) && CORPUS.matcher(root.relativize(p).toString()
        .replace('\\', '/')).lookingAt())) {
      files++;
      String name = root.relativize(file).toString().replace('\\', '/');
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      SourceFile source = SourceFile.of(name, text);
      for (SecretMatch match : SecretScanner.defaults().scanText(text)) {
        out.append("text ").append(name).append(':').append(source.position(match.start()).line()).append(' ')
            .append(match.kind().id()).append(' ').append(match.redacted()).append('\n');
      }
      if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
        continue;
      }
      Parsed<YamlDocument> parsed = Yaml.read(source);
      if (parsed.value().isEmpty() || parsed.value().get().root().isEmpty()) {
        continue;
      }
      YamlDocument document = parsed.value().get();
      YamlStrings.of(document.root().get()).forEach(site -> {
        int line = document.locate(site.path()).map(s -> s.line()).orElse(0);
        String where = name + ":" + line + " " + site.path();
        SecretScanner.defaults().scanValue(site.key(), site.value()).ifPresent(match -> out.append("yaml ")
            .append(where).append(' ').append(match.kind().id()).append(' ').append(match.redacted()).append('\n'));
        for (SecretMatch match : Redaction.secretsIn(site.key(), site.value())) {
          out.append("redact ").append(where).append(' ').append(match.kind().id()).append(' ')
              .append(match.redacted()).append('\n');
        }
      });
    }
    assertThat(files).as("conformance files").isGreaterThan(4000);
    return out.toString();
  }
}
