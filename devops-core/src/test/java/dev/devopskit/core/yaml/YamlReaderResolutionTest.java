package dev.devopskit.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import org.junit.jupiter.api.Test;

/** Anchors, aliases and merge keys resolve to values; broken structure becomes findings at the right line. */
class YamlReaderResolutionTest {

  private static YamlNode at(YamlDocument document, String path) {
    return document.node(DocPath.parse(path)).orElseThrow(() -> new AssertionError("no node at " + path));
  }

  @Test
  void should_resolve_aliases_and_merge_keys() {
    Parsed<YamlDocument> parsed = YamlFixtures.read("anchors.yml");
    YamlDocument document = parsed.value().orElseThrow();
    assertThat(parsed.findings()).isEmpty();
    assertThat(at(document, "services.api.image").text()).contains("busybox:1.36");
    assertThat(at(document, "services.api.restart").text()).contains("no");
    assertThat(at(document, "services.api.environment.LEVEL").text()).contains("info");
    assertThat(at(document, "services.worker.restart").text()).contains("always");
    assertThat(at(document, "services.worker.environment")).isEqualTo(at(document, "x-defaults.environment"));
    assertThat(at(document, "services.worker.ports[0]").text()).contains("8080:8080");
    assertThat(at(document, "services.both.image").text()).as("an explicit key beats every merged one")
        .contains("debian");
    assertThat(at(document, "services.both.command").text()).contains("run");
    assertThat(at(document, "services.both.restart").text()).contains("always");
    assertThat(document.node(DocPath.parse("services.api.<<"))).as("merge keys do not survive as keys").isEmpty();
  }

  @Test
  void should_let_the_first_merged_mapping_win() {
    YamlDocument document = YamlFixtures.readText(
        "a: &a {k: 1}\nb: &b {k: 2, j: 3}\nc:\n  <<: [*a, *b]\n").value().orElseThrow();
    assertThat(at(document, "c.k")).isEqualTo(YamlScalar.integer(1));
    assertThat(at(document, "c.j")).isEqualTo(YamlScalar.integer(3));
  }

  @Test
  void should_report_an_undefined_alias_at_its_line() {
    Parsed<YamlDocument> parsed = YamlFixtures.readText("a: 1\nb: *nowhere\n");
    assertThat(parsed.findings()).extracting(Finding::ruleId, f -> f.location().line())
        .contains(org.assertj.core.groups.Tuple.tuple(Yaml.SYNTAX_RULE, 2));
  }

  @Test
  void should_report_a_merge_of_a_scalar() {
    Parsed<YamlDocument> parsed = YamlFixtures.readText("a: 1\nb:\n  <<: 3\n  c: d\n");
    assertThat(parsed.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(Yaml.SYNTAX_RULE);
      assertThat(f.location().line()).isEqualTo(3);
      assertThat(f.message()).contains("merge key");
    });
  }

  @Test
  void should_report_duplicate_keys_at_the_second_occurrence() {
    Parsed<YamlDocument> parsed = YamlFixtures.read("duplicate-keys.yml");
    assertThat(parsed.findings()).allMatch(f -> f.ruleId().equals(Yaml.DUPLICATE_KEY_RULE))
        .extracting(f -> f.location().line()).containsExactlyInAnyOrder(5, 6);
    assertThat(parsed.findings()).allSatisfy(f -> assertThat(f.fix()).isPresent());
    YamlDocument document = parsed.value().orElseThrow();
    assertThat(at(document, "name").text()).as("the first value is kept").contains("one");
    assertThat(at(document, "jobs.build.runs-on").text()).contains("ubuntu-latest");
  }

  @Test
  void should_report_a_tab_indentation_at_its_line_with_a_hint() {
    Parsed<YamlDocument> parsed = YamlFixtures.read("tabs.yml");
    assertThat(parsed.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(Yaml.SYNTAX_RULE);
      assertThat(f.location().line()).isEqualTo(3);
      assertThat(f.message()).contains("tab");
    });
    assertThat(parsed.value()).isPresent();
  }

  @Test
  void should_report_bad_indentation_at_the_offending_line() {
    Parsed<YamlDocument> parsed = YamlFixtures.read("bad-indentation.yml");
    assertThat(parsed.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(Yaml.SYNTAX_RULE);
      assertThat(f.location().line()).isEqualTo(4);
      assertThat(f.message()).contains("indentation");
    });
    YamlDocument document = parsed.value().orElseThrow();
    assertThat(at(document, "jobs.build.runs-on").text()).as("what came before the error is kept")
        .contains("ubuntu-latest");
  }

  @Test
  void should_warn_about_a_second_document_and_read_the_first() {
    Parsed<YamlDocument> parsed = YamlFixtures.readText("a: 1\n---\nb: 2\n");
    assertThat(parsed.findings()).singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(2));
    assertThat(parsed.value().orElseThrow().node(DocPath.of("b"))).isEmpty();
  }

  @Test
  void should_read_an_empty_file_as_no_root() {
    Parsed<YamlDocument> parsed = YamlFixtures.readText("");
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value().orElseThrow().root()).isEmpty();
  }

  @Test
  void should_resolve_scalars_by_the_yaml_1_2_core_schema_and_keep_keys_as_strings() {
    YamlDocument document = YamlFixtures.readText("on: yes\n3: 0x1F\nn: ~\nf: 1.5\nq: 'true'\n")
        .value().orElseThrow();
    assertThat(at(document, "on")).isEqualTo(YamlScalar.string("yes"));
    assertThat(at(document, "3")).isEqualTo(YamlScalar.integer(31));
    assertThat(at(document, "n").isNull()).isTrue();
    assertThat(at(document, "f")).isEqualTo(YamlScalar.number("1.50"));
    assertThat(at(document, "q")).isEqualTo(YamlScalar.string("true"));
  }

  @Test
  void should_report_a_collection_used_as_a_key() {
    Parsed<YamlDocument> parsed = YamlFixtures.readText("a: 1\n? [x, y]\n: z\n");
    assertThat(parsed.findings()).extracting(f -> f.location().line()).containsExactly(2);
  }
}
