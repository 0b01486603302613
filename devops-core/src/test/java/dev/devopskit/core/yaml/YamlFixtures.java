package dev.devopskit.core.yaml;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the YAML fixtures under {@code src/test/resources/yaml/}. */
final class YamlFixtures {
  private YamlFixtures() {}

  static String text(String name) {
    try (InputStream in = YamlFixtures.class.getResourceAsStream("/yaml/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture /yaml/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Parsed<YamlDocument> read(String name) {
    return Yaml.read(SourceFile.of(name, text(name)));
  }

  static Parsed<YamlDocument> readText(String text) {
    return Yaml.read(SourceFile.of("test.yml", text));
  }
}
