package dev.devopskit.core.yaml;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.plaintext.PlainTextFormat;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Mutations;
import dev.devopskit.core.testing.ReaderFuzz;
import dev.devopskit.core.testing.Shared;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The YAML reader and the plain-text format never throw on mutated real-world YAML. */
class YamlFuzzTest {

  /** The YAML reader seen as a format, so the shared fuzz criterion applies. */
  static final Format<YamlDocument> YAML = new Format<>() {
    public String name() {
      return "yaml";
    }

    public String description() {
      return "YAML";
    }

    public Class<YamlDocument> valueType() {
      return YamlDocument.class;
    }

    public boolean claims(String path) {
      return false;
    }

    public Parsed<YamlDocument> read(SourceFile source) {
      return Yaml.read(source);
    }

    public String write(YamlDocument value) {
      return value.root().map(Yaml::write).orElse("");
    }

    public List<dev.devopskit.core.check.Rule<? super YamlDocument>> rules() {
      return List.of();
    }
  };

  @Property
  void yaml_reader_survives_mutations(@ForAll("mutatedYaml") byte[] input) {
    ReaderFuzz.assertSurvives(YAML, input);
  }

  @Property
  void plain_text_format_survives_mutations(@ForAll("mutatedYaml") byte[] input) {
    ReaderFuzz.assertSurvives(new PlainTextFormat(), input);
  }

  @Provide
  Arbitrary<byte[]> mutatedYaml() {
    List<byte[]> seeds = ReaderFuzz.seeds(Shared.files(Shared.conformance().resolve("real-world"),
        p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")), 200);
    return Mutations.of(seeds);
  }
}
