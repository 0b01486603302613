package dev.devopskit.core.secret;

import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlStrings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled fixture set under {@code src/test/resources/secrets/}: each line a label, how a file holds the
 * content ({@code text} for plain configuration files, {@code yaml} for a YAML snippet), and the content.
 */
final class SecretFixtures {
  /** One labelled sample. */
  record Sample(String label, String mode, String content) {
    @Override
    public String toString() {
      return label + "/" + mode + " " + Redaction.redactSecrets(content);
    }
  }

  private SecretFixtures() {}

  static List<Sample> load(String name) {
    try (InputStream in = SecretFixtures.class.getResourceAsStream("/secrets/" + name)) {
      List<Sample> samples = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 3);
        samples.add(new Sample(parts[0], parts[1], parts[2].replace("\\n", "\n")));
      }
      return samples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The secret values planted in a sample: the text the scanner's matches cover. */
  static List<String> values(Sample sample) {
    List<String> values = new ArrayList<>();
    if (sample.mode().equals("text")) {
      SecretScanner.defaults().scanText(sample.content())
          .forEach(m -> values.add(sample.content().substring(m.start(), m.end())));
      return values;
    }
    Yaml.read(SourceFile.of("sample.yml", sample.content())).value().flatMap(d -> d.root())
        .ifPresent(root -> YamlStrings.of(root).forEach(site -> SecretScanner.defaults()
            .scanValue(site.key(), site.value()).ifPresent(m -> values.add(site.value().substring(m.start(), m.end())))));
    return values;
  }

  /** What the scanner reports for a sample, the way the plain-text format or a YAML format would scan it. */
  static List<SecretMatch> scan(Sample sample) {
    if (sample.mode().equals("text")) {
      return SecretScanner.defaults().scanText(sample.content());
    }
    List<SecretMatch> matches = new ArrayList<>();
    var parsed = Yaml.read(SourceFile.of("sample.yml", sample.content()));
    if (!parsed.findings().isEmpty()) {
      throw new IllegalStateException("fixture is not valid YAML: " + sample + " " + parsed.findings());
    }
    parsed.value().flatMap(d -> d.root()).ifPresent(root -> YamlStrings.of(root).forEach(site ->
        SecretScanner.defaults().scanValue(site.key(), site.value()).ifPresent(matches::add)));
    return matches;
  }
}
