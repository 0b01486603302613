package dev.devopskit.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The writer's house style, and the round trip: any tree written and read back is equal to itself. */
class YamlWriterTest {
  /** Strings that a YAML 1.1 reader (PyYAML, SnakeYAML 1.x) takes for booleans, numbers, null or dates. */
  static final List<String> YAML11_AMBIGUOUS = List.of("yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON",
      "off", "Off", "OFF", "y", "Y", "n", "N", "true", "True", "false", "FALSE", "1.0", "-1.5", "+12", "010", "0o17",
      "0x1F", "0b1010", "1_000", "1:20", "-1:20:30", "190:20:30.15", "~", "null", "Null", "NULL", ".inf", "-.Inf",
      "+.INF", ".nan", ".NaN", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "1e3",
      "6.8523015e+5", "685.230_15e+03", "0.", ".5", "=", "<<", "0", "-0", "1", "12_345");

  private static YamlNode roundTrip(YamlNode tree) {
    String text = Yaml.write(tree);
    Parsed<YamlDocument> parsed = Yaml.read(SourceFile.of("written.yml", text));
    assertThat(parsed.findings()).as("findings reading back:\n%s", text).isEmpty();
    return parsed.value().orElseThrow().root().orElse(YamlScalar.nullValue());
  }

  @Property(tries = 300)
  void should_read_back_every_written_tree(@ForAll("trees") YamlNode tree) {
    assertThat(roundTrip(tree)).as("written:\n%s", Yaml.write(tree)).isEqualTo(tree);
  }

  @Property(tries = 200)
  void should_write_strings_that_a_yaml_1_1_reader_reads_as_the_same_strings(@ForAll("strings") List<String> values) {
    YamlMapping.Builder builder = YamlMapping.builder();
    for (int i = 0; i < values.size(); i++) {
      builder.put("k" + i, values.get(i));
    }
    Map<String, Object> read = yaml11(Yaml.write(builder.build()));
    for (int i = 0; i < values.size(); i++) {
      assertThat(read.get("k" + i)).as("value %d of:\n%s", i, Yaml.write(builder.build())).isEqualTo(values.get(i));
    }
  }

  @Provide
  Arbitrary<YamlNode> trees() {
    return YamlTrees.trees(4);
  }

  @Provide
  Arbitrary<List<String>> strings() {
    return YamlTrees.strings().filter(s -> !s.isEmpty() && yaml11Representable(s)).list().ofMinSize(1).ofMaxSize(6);
  }

  /** SnakeYAML 1.x rejects a few characters that YAML 1.2 allows; those are not the writer's concern here. */
  private static boolean yaml11Representable(String value) {
    return value.codePoints().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0x7f
        && !(c >= 0x80 && c < 0xa0) && !(c >= 0xd800 && c < 0xe000) && c != 0xfeff));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml11(String text) {
    Object loaded = new org.yaml.snakeyaml.Yaml().load(text);
    return loaded == null ? Map.of() : new LinkedHashMap<>((Map<String, Object>) loaded);
  }

  @ParameterizedTest
  @FieldSource("YAML11_AMBIGUOUS")
  void should_quote_yaml_1_1_ambiguous_strings_so_they_stay_strings(String value) {
    String text = Yaml.write(YamlMapping.builder().put("value", value).build());
    assertThat(yaml11(text).get("value")).as("YAML 1.1 reading of:\n%s", text).isEqualTo(value);
    assertThat(roundTrip(YamlMapping.builder().put("value", value).build()))
        .isEqualTo(YamlMapping.builder().put("value", value).build());
  }

  @Test
  void should_keep_a_top_level_on_plain_and_quote_yaml_1_1_booleans_as_nested_keys() {
    YamlMapping labels = YamlMapping.builder().put("on", "3").put("yes", "y").put("online", "1").build();
    String text = Yaml.write(YamlMapping.builder().put("on", "push").put("labels", labels).build());
    assertThat(text).isEqualTo("on: push\nlabels:\n  'on': '3'\n  'yes': 'y'\n  online: '1'\n");
  }

  @Test
  void should_leave_unambiguous_strings_unquoted() {
    YamlMapping tree = YamlMapping.builder().put("image", "node:20-alpine").put("run", "npm ci")
        .put("uses", "actions/checkout@v4").put("expr", "${{ github.ref == 'refs/heads/main' }}")
        .put("path", "./a/b").put("version", "v1.2.3").build();
    assertThat(Yaml.write(tree)).isEqualTo("image: node:20-alpine\nrun: npm ci\nuses: actions/checkout@v4\n"
        + "expr: ${{ github.ref == 'refs/heads/main' }}\npath: ./a/b\nversion: v1.2.3\n");
  }

  @Test
  void should_keep_keys_plain_where_the_target_tools_read_them_as_strings() {
    YamlMapping tree = YamlMapping.builder().put("on", YamlMapping.builder()
        .put("push", YamlMapping.builder().put("branches", YamlSequence.ofStrings(List.of("main"))).build()).build())
        .put("y", "yes").put("off", "no").build();
    String text = Yaml.write(tree);
    assertThat(text).isEqualTo("on:\n  push:\n    branches:\n      - main\ny: 'yes'\noff: 'no'\n");
    assertThat(roundTrip(tree)).isEqualTo(tree);
  }

  @Test
  void should_quote_keys_that_yaml_syntax_or_the_1_2_schema_would_change() {
    YamlMapping tree = YamlMapping.builder().put("a: b", "1").put("true", "x").put("3", "y").put("", "z")
        .put("<<", "m").put("#c", "n").build();
    String text = Yaml.write(tree);
    assertThat(text).contains("'a: b':", "'true':", "'3':", "'':", "'<<':", "'#c':");
    assertThat(roundTrip(tree)).isEqualTo(tree);
  }

  @Test
  void should_write_multi_line_strings_as_literal_blocks_with_the_right_chomping() {
    YamlMapping tree = YamlMapping.builder()
        .put("clip", "echo one\necho two\n")
        .put("strip", "echo one\necho two")
        .put("keep", "echo one\n\n")
        .put("indented", "  first is indented\nsecond\n")
        .put("blank", "a\n\nb\n")
        .build();
    String text = Yaml.write(tree);
    assertThat(text).isEqualTo("clip: |\n  echo one\n  echo two\n"
        + "strip: |-\n  echo one\n  echo two\n"
        + "keep: |+\n  echo one\n\n"
        + "indented: |2\n    first is indented\n  second\n"
        + "blank: |\n  a\n\n  b\n");
    assertThat(roundTrip(tree)).isEqualTo(tree);
  }

  @Test
  void should_write_blocks_inside_sequences_at_the_item_indentation() {
    YamlMapping tree = YamlMapping.builder().put("steps", YamlSequence.of(List.of(
        YamlMapping.builder().put("name", "Build").put("run", "make\nmake test\n").build()))).build();
    assertThat(Yaml.write(tree)).isEqualTo("steps:\n  - name: Build\n    run: |\n      make\n      make test\n");
    assertThat(roundTrip(tree)).isEqualTo(tree);
  }

  @Test
  void should_write_a_header_comment_first() {
    String text = Yaml.write(YamlMapping.builder().put("a", "b").build(),
        YamlWriteOptions.defaults().withHeader("Generated by devops-kit.\n\nRegenerate with: devops init"));
    assertThat(text).isEqualTo("# Generated by devops-kit.\n#\n# Regenerate with: devops init\n\na: b\n");
    Parsed<YamlDocument> parsed = Yaml.read(SourceFile.of("h.yml", text));
    assertThat(parsed.value().orElseThrow().comments()).hasSize(3);
  }

  @Test
  void should_separate_top_level_collections_with_blank_lines_when_asked() {
    YamlMapping tree = YamlMapping.builder().put("name", "ci")
        .put("on", YamlSequence.ofStrings(List.of("push")))
        .put("jobs", YamlMapping.builder().put("a", YamlMapping.builder().put("runs-on", "x").build()).build())
        .build();
    assertThat(Yaml.write(tree, YamlWriteOptions.defaults().withBlankLines(true)))
        .isEqualTo("name: ci\n\non:\n  - push\n\njobs:\n  a:\n    runs-on: x\n");
  }

  @Test
  void should_write_empty_collections_and_null_inline() {
    YamlMapping tree = YamlMapping.builder().put("m", YamlMapping.empty()).put("s", YamlSequence.of(List.of()))
        .put("n", YamlScalar.nullValue()).put("list", YamlSequence.of(List.of(YamlScalar.nullValue(),
            YamlMapping.empty()))).build();
    assertThat(Yaml.write(tree)).isEqualTo("m: {}\ns: []\nn:\nlist:\n  - null\n  - {}\n");
    assertThat(roundTrip(tree)).isEqualTo(tree);
  }

  @Property(tries = 100)
  void should_give_the_same_bytes_for_the_same_tree(@ForAll("trees") YamlNode tree) {
    assertThat(Yaml.write(tree)).isEqualTo(Yaml.write(tree));
    YamlNode again = roundTrip(tree);
    assertThat(Yaml.write(again)).as("writing what was read gives the same text").isEqualTo(Yaml.write(tree));
  }

  @Test
  void should_keep_insertion_order_of_keys() {
    YamlMapping tree = YamlMapping.builder().put("zeta", "1").put("alpha", "2").put("mid", "3").build();
    assertThat(Yaml.write(tree)).isEqualTo("zeta: '1'\nalpha: '2'\nmid: '3'\n");
  }
}
