package dev.devopskit.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every node read from a file knows where it is; a DocPath resolves to that place. */
class YamlReaderPositionsTest {
  private final Parsed<YamlDocument> parsed = YamlFixtures.read("positions.yml");
  private final YamlDocument document = parsed.value().orElseThrow();

  private Span exact(String path) {
    return document.exact(DocPath.parse(path)).orElseThrow(() -> new AssertionError("no span for " + path));
  }

  private YamlNode node(String path) {
    return document.node(DocPath.parse(path)).orElseThrow(() -> new AssertionError("no node at " + path));
  }

  @Test
  void should_read_the_fixture_without_findings() {
    assertThat(parsed.findings()).isEmpty();
  }

  @Test
  void should_place_keys_at_their_line_and_column() {
    YamlMapping root = document.root().orElseThrow().asMapping().orElseThrow();
    assertThat(root.entry("name").orElseThrow().key().span().orElseThrow().start()).hasToString("2:1");
    assertThat(root.entry("jobs").orElseThrow().key().span().orElseThrow().start()).hasToString("6:1");
    assertThat(document.locateKey(DocPath.parse("jobs.build.runs-on")).orElseThrow().start()).hasToString("8:5");
    assertThat(document.locateKey(DocPath.parse("jobs.build.steps[1].run")).orElseThrow().start())
        .hasToString("12:9");
  }

  @Test
  void should_place_values_at_their_line_and_column() {
    assertThat(node("name").span().orElseThrow()).hasToString("2:7-2:9");
    assertThat(node("jobs.build.runs-on").span().orElseThrow().start()).hasToString("8:14");
    assertThat(node("jobs.build.steps[2].if").span().orElseThrow().start()).hasToString("17:13");
  }

  @Test
  void should_place_sequence_items_including_flow_items() {
    assertThat(node("on.push.branches[0]").span().orElseThrow()).hasToString("5:16-5:20");
    assertThat(node("on.push.branches[1]").span().orElseThrow().start()).hasToString("5:22");
    assertThat(node("on.push.branches[1]").text()).contains("release/*");
    assertThat(node("jobs.build.steps[0]").span().orElseThrow().start()).hasToString("10:9");
    assertThat(node("jobs.build.steps[2]").span().orElseThrow().start()).hasToString("16:9");
  }

  @Test
  void should_resolve_a_doc_path_from_the_key_to_the_end_of_the_value() {
    Span entry = exact("jobs.build.runs-on");
    assertThat(entry.start()).hasToString("8:5");
    assertThat(entry.end()).hasToString("8:27");
    assertThat(exact("jobs.build.steps[1]").start()).hasToString("11:9");
    assertThat(exact("jobs.build.steps[1].run").start().line()).isEqualTo(12);
  }

  @Test
  void should_keep_offsets_consistent_with_lines_and_columns() {
    Span span = node("jobs.build.runs-on").span().orElseThrow();
    String text = document.source().text();
    assertThat(text.substring(span.start().offset(), span.end().offset())).isEqualTo("ubuntu-latest");
  }

  @Test
  void should_read_a_literal_block_with_its_text() {
    assertThat(node("jobs.build.steps[1].run").text()).contains("mvn -B verify\necho done  # not a comment\n");
  }

  @Test
  void should_fall_back_to_the_nearest_ancestor_for_a_missing_path() {
    assertThat(document.exact(DocPath.parse("jobs.build.timeout-minutes"))).isEmpty();
    assertThat(document.locate(DocPath.parse("jobs.build.timeout-minutes")).orElseThrow().start())
        .hasToString("7:3");
  }

  @Test
  void should_reach_comments_with_their_positions() {
    List<YamlComment> comments = document.comments();
    assertThat(comments).extracting(c -> c.text().trim())
        .containsExactly("CI for the sample service", "before deploy", "trailing");
    assertThat(comments.get(0).span().start()).hasToString("1:1");
    assertThat(comments.get(1).span().start()).hasToString("15:7");
    assertThat(comments.get(2).span().start()).hasToString("16:24");
  }

  @Test
  void should_count_columns_in_code_points_after_a_byte_order_mark_and_wide_characters() {
    Parsed<YamlDocument> bom = YamlFixtures.readText("\uFEFFname: x\nemoji: \"\uD83D\uDE00\" \nafter: y\n");
    YamlDocument doc = bom.value().orElseThrow();
    assertThat(bom.findings()).isEmpty();
    assertThat(doc.node(DocPath.of("name")).orElseThrow().span().orElseThrow().start()).hasToString("1:7");
    assertThat(doc.node(DocPath.of("after")).orElseThrow().span().orElseThrow().start()).hasToString("3:8");
    Span emoji = doc.node(DocPath.of("emoji")).orElseThrow().span().orElseThrow();
    assertThat(doc.source().text().substring(emoji.start().offset(), emoji.end().offset())).isEqualTo("\"\uD83D\uDE00\"");
  }

  @Test
  void should_give_offsets_after_a_byte_order_mark_in_a_text_without_wide_characters() {
    YamlDocument doc = YamlFixtures.readText("\uFEFFname: x\nafter: caf\u00e9 y\n").value().orElseThrow();
    Span name = doc.node(DocPath.of("name")).orElseThrow().span().orElseThrow();
    assertThat(name.start()).hasToString("1:7");
    assertThat(doc.source().text().substring(name.start().offset(), name.end().offset())).isEqualTo("x");
    Span after = doc.node(DocPath.of("after")).orElseThrow().span().orElseThrow();
    assertThat(doc.source().text().substring(after.start().offset(), after.end().offset())).isEqualTo("caf\u00e9 y");
  }

  @Test
  void should_give_positions_on_windows_line_ends() {
    YamlDocument doc = YamlFixtures.readText("a: 1\r\nb:\r\n  c: two\r\n").value().orElseThrow();
    assertThat(doc.node(DocPath.parse("b.c")).orElseThrow().span().orElseThrow().start()).hasToString("3:6");
  }
}
