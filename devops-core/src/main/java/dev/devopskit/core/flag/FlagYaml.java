package dev.devopskit.core.flag;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlReadContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How the flag readers (the flag file, flagd files, one stored flag) start and end: the YAML read first (a syntax
 * error ends the read), a read context reporting under the feature-flags rules, and the findings of both.
 */
final class FlagYaml {
  private FlagYaml() {}

  /**
   * Reads a file with {@code reader}; the value is empty (with findings) when the reader gives nothing.
   *
   * @param reader reads the value from the document, reporting through the context
   */
  static <T> Parsed<T> read(SourceFile source, BiFunction<YamlDocument, YamlReadContext, Optional<T>> reader) {
    Parsed<YamlDocument> yaml = Yaml.read(source);
    if (yaml.value().isEmpty()) {
      return Parsed.failed(source, yaml.findings());
    }
    YamlDocument document = yaml.value().get();
    YamlReadContext read = new YamlReadContext(source, FeatureFlagsFormat.SYNTAX.id(),
        FeatureFlagsFormat.UNKNOWN_KEY.id());
    Optional<T> value = reader.apply(document, read);
    List<Finding> findings = new ArrayList<>(yaml.findings());
    findings.addAll(read.findings());
    return value.map(v -> Parsed.of(v, source, document, findings)).orElseGet(() -> Parsed.failed(source, findings));
  }
}
