package dev.devopskit.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.IndependentYaml;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers keep what they are when printed: the text a tool makes of them, and the spelling both YAML versions read. */
class YamlNumbersTest {

  private static YamlScalar plain(String text) {
    YamlNode root = Yaml.read(SourceFile.of("n.yml", "v: " + text + "\n")).value().orElseThrow().root().orElseThrow();
    return (YamlScalar) root.asMapping().orElseThrow().get("v").orElseThrow();
  }

  @ParameterizedTest(name = "{0} is the text {1}")
  @CsvSource({"20.10, 20.1", "3.10, 3.1", "0xf, 15", "0o17, 15", "0755, 755", "0.0, 0", "-0.0, 0", "1e3, 1000",
      "1.5E-3, 0.0015", "+12, 12", ".inf, .inf", "-.Inf, -.inf", ".NaN, .nan", "1e300, 1.0e+300", "true, true",
      "True, true", "3.11, 3.11"})
  void should_give_the_text_a_tool_makes_of_a_plain_scalar(String written, String text) {
    assertThat(plain(written).asText()).isEqualTo(text);
  }

  @Test
  void should_give_strings_as_written() {
    assertThat(plain("'20.10'").asText()).isEqualTo("20.10");
    assertThat(plain("v1.2").asText()).isEqualTo("v1.2");
  }

  @Test
  void should_know_which_texts_are_their_own_canonical_number() {
    assertThat(List.of("20.1", "15", "0", "1000", ".inf", "-.inf", ".nan", "-3", "1.0e+300"))
        .allMatch(YamlScalar::isCanonicalNumber);
    assertThat(List.of("20.10", "0xf", "0755", "1e3", "+12", ".Inf", "v1", "", "1.0", "true"))
        .noneMatch(YamlScalar::isCanonicalNumber);
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({"20.10, 20.10", "0xf, 0xf", "1.5e+3, 1.5e+3", ".inf, .inf", "-.inf, -.inf", ".nan, .nan", "+12, +12",
      "0o17, 15", "010, 10", "0755, 755", "1e3, 1000.0", "1.5E3, 1500.0", "1e-7, 0.0000001", "1e300, 1.0e+300"})
  void should_print_numbers_as_written_only_where_yaml_1_1_reads_the_same_number(String written, String printed) {
    YamlMapping tree = YamlMapping.builder().put("v", YamlScalar.number(written)).build();
    String text = Yaml.write(tree);
    assertThat(text).isEqualTo("v: " + printed + "\n");
    Object meant = IndependentYaml.data(tree);
    assertThat(IndependentYaml.difference(meant, IndependentYaml.load(text, IndependentYaml.Version.YAML_1_2)))
        .isEmpty();
    assertThat(IndependentYaml.difference(meant, IndependentYaml.load(text, IndependentYaml.Version.YAML_1_1)))
        .isEmpty();
  }
}
