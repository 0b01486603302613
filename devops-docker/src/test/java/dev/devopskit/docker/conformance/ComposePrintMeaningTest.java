package dev.devopskit.docker.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.compose.ComposeFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code devops config} prints a compose file that means what the file meant, and adds no key. */
class ComposePrintMeaningTest {

  /** A fixture, what it reads to and what is printed of that. */
  private record Printed(String original, Parsed<ComposeFile> parsed, String text) {
    static Printed of(String fixture) {
      String original = Shared.resource(ComposePrintMeaningTest.class, "/compose/print/" + fixture);
      Parsed<ComposeFile> parsed = read(original);
      return new Printed(original, parsed, Compose.text(parsed.value().orElseThrow(), WriteOptions.noHeader()));
    }

    Optional<String> difference() {
      return ComposeMeaning.difference(original, text);
    }
  }

  private static Parsed<ComposeFile> read(String text) {
    return Compose.read(SourceFile.of("compose.yaml", text));
  }

  @Test
  void should_print_plain_numbers_as_the_values_compose_reads() {
    Printed printed = Printed.of("numbers.yml");
    assertThat(printed.parsed().findings()).isEmpty();
    assertThat(printed.difference()).isEmpty();
    assertThat(printed.text()).contains("PYTHON_VERSION: '3.1'\n", "RATIO: '1000'\n", "QUOTED: '3.10'\n",
        "GO_VERSION: '1.2'\n", "weight: '0.5'\n", "  version: 3.10\n", "  octal: 15\n", "  leading-zero: 10\n");
    assertThat(read(printed.text()).value()).isEqualTo(printed.parsed().value());
  }

  @Test
  void should_add_no_services_key_to_a_file_without_one() {
    Printed printed = Printed.of("include-only.yml");
    assertThat(printed.parsed().findings()).isEmpty();
    assertThat(printed.text()).doesNotContain("services");
    assertThat(printed.difference()).isEmpty();
    assertThat(read(printed.text()).value()).isEqualTo(printed.parsed().value());
  }

  @Test
  void should_keep_an_empty_services_key() {
    Parsed<ComposeFile> parsed = read("services: {}\n");
    assertThat(Compose.text(parsed.value().orElseThrow(), WriteOptions.noHeader())).isEqualTo("services: {}\n");
  }

  @Test
  void should_report_a_version_1_file_once_and_print_it_unchanged() {
    Printed printed = Printed.of("version-1.yml");
    List<Finding> findings = printed.parsed().findings();
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).toString()).isEqualTo("compose.yaml:2:1: error [compose/version-1] version 1 format: "
        + "top-level keys are services; move them under `services:`");
    assertThat(printed.text()).doesNotContain("services");
    assertThat(printed.difference()).isEmpty();
  }

  @Test
  void should_print_a_real_world_version_1_file_with_its_meaning() {
    String name = "real-world/jessfraz__dockerfiles/openvpn/docker-compose.yml";
    String original = Shared.text(Shared.conformance().resolve(name));
    Parsed<ComposeFile> parsed = Compose.read(SourceFile.of(name, original));
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsExactly("compose/version-1");
    assertThat(ComposeMeaning.difference(original, Compose.text(parsed.value().orElseThrow(), WriteOptions.noHeader()))).isEmpty();
  }

  @Test
  void should_convert_a_version_1_file_only_on_request() {
    Parsed<ComposeFile> converted = Compose.readConvertingVersion1(SourceFile.of("compose.yaml",
        Shared.resource(ComposePrintMeaningTest.class, "/compose/print/version-1.yml")));
    assertThat(converted.value().orElseThrow().services()).containsOnlyKeys("web", "db");
    assertThat(converted.findings()).extracting(Finding::ruleId).doesNotContain("compose/version-1");
    assertThat(Compose.text(converted.value().get(), WriteOptions.noHeader())).startsWith("services:\n  web:\n    image: acme/web:1.0\n");
  }
}
