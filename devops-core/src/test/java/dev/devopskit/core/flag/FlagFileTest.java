package dev.devopskit.core.flag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FlagFileTest {
  static SourceFile sample(String name) throws IOException {
    Path path = Path.of("src/test/resources/flags-samples", name);
    return SourceFile.of(name, Files.readString(path, StandardCharsets.UTF_8));
  }

  @Test
  void should_read_the_sample_flag_file() throws IOException {
    Parsed<FlagSet> parsed = FlagFile.read(sample("flags.yaml"));
    assertThat(parsed.findings()).isEmpty();
    FlagSet flags = parsed.value().orElseThrow();
    assertThat(flags.keys()).containsExactly("new-checkout", "checkout-theme", "payments-kill-switch", "max-items");
    FeatureFlag checkout = flags.flag("new-checkout").orElseThrow();
    assertThat(checkout.rules()).hasSize(2);
    assertThat(checkout.environments().get("production").rollout().orElseThrow().weights()).containsEntry("on", 10);
    assertThat(flags.flag("checkout-theme").orElseThrow().rules().get(0).comparison()).contains(">=");
    assertThat(flags.flag("max-items").orElseThrow().variants()).containsEntry("large", 100L);
  }

  @Test
  void should_write_and_read_back_an_equal_set_as_yaml_and_json() throws IOException {
    FlagSet flags = FlagFile.read(sample("flags.yaml")).value().orElseThrow();
    String yaml = FlagFile.text(flags);
    assertThat(FlagFile.read(SourceFile.of("flags.yaml", yaml)).value()).contains(flags);
    String json = FlagFile.json(flags);
    Parsed<FlagSet> fromJson = FlagFile.read(SourceFile.of("flags.json", json));
    assertThat(fromJson.findings()).isEmpty();
    assertThat(fromJson.value()).contains(flags);
    assertThat(FlagFile.text(FlagFile.read(SourceFile.of("flags.yaml", yaml)).value().orElseThrow()))
        .isEqualTo(yaml);
  }

  @Test
  void should_report_problems_at_their_lines_and_keep_the_good_flags() throws IOException {
    Parsed<FlagSet> parsed = FlagFile.read(sample("broken.yaml"));
    assertThat(parsed.value().orElseThrow().keys()).containsExactly("good-flag", "bad-kind", "bad-rollout", "misspelled");
    List<String> lines = parsed.findings().stream().map(f -> f.location().line() + " " + f.ruleId())
        .collect(Collectors.toList());
    assertThat(lines).containsExactly("5 flags/syntax", "7 flags/syntax", "10 flags/syntax",
        "13 flags/unknown-key");
    assertThat(parsed.findings()).allSatisfy(f -> assertThat(f.fix().orElse(f.message())).isNotBlank());
    assertThat(parsed.findings().stream().map(Finding::message)).anyMatch(m -> m.contains("did you mean 'owner'"));
  }

  @Test
  void should_never_throw_on_garbage() {
    for (String text : List.of("", "flags: [", "flags: 3", "- a\n- b", "flags:\n  x:\n    rules: 4\n    rollout: x%",
        "flags:\n  x:\n    variants: {a: [1, {b: c}], b: 2}", "{\"flags\": {\"x\": {\"targeting\": {\"if\": 3}}}}")) {
      Parsed<FlagSet> parsed = FlagFile.read(SourceFile.of("flags.yaml", text));
      assertThat(parsed).isNotNull();
    }
  }

  @Test
  void should_claim_flag_files_in_the_installed_formats() {
    Formats formats = Formats.installed();
    for (String path : List.of("flags.yaml", "config/feature-flags.yml", "flags/payments.json", "deploy/app.flagd.json")) {
      assertThat(formats.forPath(path).map(f -> f.name())).as(path).contains("feature-flags");
    }
    assertThat(formats.forPath("environments.yml").map(f -> f.name())).contains("environments");
    assertThat(formats.forPath("package.json").map(f -> f.name()).orElse("")).isNotEqualTo("feature-flags");
  }
}
