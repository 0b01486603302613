package dev.devopskit.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Position;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.testing.ArchitectureRules;
import dev.devopskit.core.testing.unsafe.ImmutableUnsafe;
import dev.devopskit.core.testing.unsafe.Unsafe;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTextTest {
  /** A well-formed, fake GitHub token (never issued). */
  static final String TOKEN = "ghp_R8mTq2ZsW4yLk9XvB3nC7dF1gH5jP0aE6uQi";
  /** A password: a secret only because of the name it is given to. */
  static final String PASSWORD = "Vq7rT2mK9xLp4Wz8";

  @Test
  void should_print_attributes_in_order_and_leave_absent_optionals_out() {
    Sample sample = Sample.builder().name("build").putEnv("CI", "true").addLine("npm test").build();

    assertThat(sample).hasToString("Sample{name=build, env={CI=true}, lines=[npm test], parts=[], retries=0}");
  }

  @Test
  void should_show_present_optionals_unwrapped_and_nested_values_inline() {
    Sample child = Sample.builder().name("child").build();
    Sample sample = Sample.builder().name("parent").note("a note").addPart(child).build();

    assertThat(sample).hasToString("Sample{name=parent, note=a note, env={}, lines=[], "
        + "parts=[Sample{name=child, env={}, lines=[], parts=[], retries=0}], retries=0}");
  }

  @Test
  void should_redact_a_token_the_scanner_recognises() {
    Sample sample = Sample.builder().name("deploy").addLine("curl -H 'Authorization: token " + TOKEN + "' x").build();

    assertThat(sample.toString()).doesNotContain(TOKEN.substring(4)).contains("ghp_****");
  }

  @Test
  void should_redact_a_literal_given_to_a_secret_looking_key_and_its_other_occurrences() {
    Sample child = Sample.builder().name("step").addLine("login --password " + PASSWORD).build();
    Sample sample = Sample.builder().name("job").putEnv("DB_PASSWORD", PASSWORD).addPart(child).build();

    assertThat(sample.toString()).doesNotContain(PASSWORD).contains("DB_PASSWORD=Vq7r****")
        .contains("login --password Vq7r****");
  }

  @Test
  void should_mask_a_masked_attribute_whatever_its_value() {
    Sample sample = Sample.builder().name("registry").password("plain").build();

    assertThat(sample.toString()).contains("password=****").doesNotContain("plain");
  }

  @Test
  void should_show_a_record_component_by_component_redacted_and_masked() {
    SampleRecord record = new SampleRecord("curl -H 'Authorization: token " + TOKEN + "' x", Optional.empty(),
        "plain");

    assertThat(record.toString()).isEqualTo("SampleRecord{command=curl -H 'Authorization: token ghp_****' x, "
        + "password=****}");
  }

  @Test
  void should_show_a_nested_record_through_its_own_text() {
    Sample sample = Sample.builder().name("job").putEnv("NOTE", new SampleRecord("run", Optional.of("n"), "p")
        .toString()).build();
    record Plain(String command) {}

    assertThat(sample.toString()).contains("NOTE=SampleRecord{command=run, note=n, password=****}");
    // A record of its own text (here the default one) is redacted as any text is.
    assertThat(ValueText.of(List.of(new Plain("login " + TOKEN)))).isEqualTo("[Plain[command=login ghp_****]]");
    // One this module may not read (not public) shows no component at all.
    assertThat(ValueText.of(new Plain("login"))).isEqualTo("Plain{command=****}");
  }

  @Test
  void should_use_the_own_text_of_a_value_that_has_one() {
    Finding finding = Finding.builder().ruleId("secrets/literal-secret").severity(Severity.ERROR)
        .message("a literal secret").location(Location.of("ci.yml", new Span(Position.of(3, 7), Position.of(3, 9)), DocPath.of("env"))).build();

    assertThat(finding.toString()).isEqualTo(finding.ownText()).startsWith("ci.yml:3:7: ");
  }

  @Test
  void should_bound_long_strings_and_deep_values() {
    String script = "echo ok\n".repeat(10_000) + TOKEN;
    Sample deep = Sample.builder().name("leaf").build();
    for (int i = 0; i < 500; i++) {
      deep = Sample.builder().name("level" + i).addPart(deep).addLine(script).build();
    }

    long start = System.nanoTime();
    String text = deep.toString();
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(text.length()).isLessThanOrEqualTo(ValueText.TEXT_LIMIT + 1);
    assertThat(text).doesNotContain(TOKEN.substring(4)).contains("…");
    assertThat(millis).as("toString of a 500-deep value with 80 KB strings").isLessThan(5_000);
  }

  @Test
  void should_redact_a_token_cut_by_the_string_limit() {
    String script = "x".repeat(ValueText.STRING_LIMIT - 10) + " " + TOKEN;

    assertThat(Sample.builder().name("n").addLine(script).build().toString()).doesNotContain(TOKEN.substring(0, 14));
  }

  @Test
  void should_show_other_objects_redacted() {
    assertThat(ValueText.of(java.util.List.of("token=" + TOKEN))).doesNotContain(TOKEN.substring(4));
    assertThat(ValueText.of(null)).isEqualTo("null");
  }

  @Test
  void should_reject_value_types_whose_to_string_may_show_a_secret() {
    assertThat(ImmutableUnsafe.builder().password("x").build()).hasToString("Unsafe");

    assertThatThrownBy(() -> ArchitectureRules.checkValueText(
        new ClassFileImporter().importClasses(Unsafe.class, ImmutableUnsafe.class)))
        .hasMessageContaining("Unsafe declares toString()")
        .hasMessageContaining("@Value.Redacted")
        .hasMessageContaining("ImmutableUnsafe.toString() does not call ValueText.of");
  }

  @Test
  void should_accept_value_types_of_the_project_style() {
    ArchitectureRules.checkValueText(new ClassFileImporter().importClasses(Sample.class, ImmutableSample.class));
  }
  @Test
  void should_redact_secrets_in_the_text_of_yaml_nodes() {
    dev.devopskit.core.yaml.YamlMapping env = dev.devopskit.core.yaml.YamlMapping.builder()
        .put("DB_PASSWORD", PASSWORD).put("GH", TOKEN).put("CI", "true").build();

    assertThat(env.toString()).doesNotContain(PASSWORD).doesNotContain(TOKEN.substring(4)).contains("CI=\"true\"");
    assertThat(dev.devopskit.core.yaml.YamlScalar.string(TOKEN).toString()).isEqualTo("\"ghp_****\"");
  }
}
