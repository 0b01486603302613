package dev.devopskit.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.plaintext.PlainTextFormat;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.report.ReportFormat;
import dev.devopskit.core.report.Reports;
import dev.devopskit.core.secret.SecretFixtures.Sample;
import dev.devopskit.core.source.DocPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No planted secret of any kind survives into a report, a finding, a match or an exception. */
class RedactionTest {
  private static final List<Sample> SAMPLES = SecretFixtures.load("secrets.tsv");
  private static final Set<String> PLANTED = planted();

  /** Every planted value, and the part of it after the four characters a redaction may show. */
  private static Set<String> planted() {
    Set<String> values = new LinkedHashSet<>();
    for (Sample sample : SAMPLES) {
      for (String value : SecretFixtures.values(sample)) {
        values.add(value);
        values.add(value.substring(4, Math.min(value.length(), 16)));
      }
    }
    return values;
  }

  private static void assertNoPlantedValue(String what, String text) {
    List<String> leaked = PLANTED.stream().filter(text::contains).collect(Collectors.toList());
    assertThat(leaked).as("planted secrets visible in %s", what).isEmpty();
  }

  @Test
  void should_plant_every_kind() {
    Set<SecretKind> kinds = SAMPLES.stream().filter(s -> !SecretFixtures.values(s).isEmpty())
        .map(s -> SecretKind.valueOf(s.label())).collect(Collectors.toSet());
    assertThat(kinds).hasSize(SecretKind.values().length);
  }

  @Test
  void should_redact_secrets_in_messages_and_fixes_in_every_report_format() {
    List<Finding> findings = new ArrayList<>();
    int line = 1;
    for (Sample sample : SAMPLES) {
      findings.add(Finding.builder().ruleId("test/leaky").severity(Severity.ERROR)
          .message("the rule quoted its input: " + sample.content())
          .fix("replace " + sample.content() + " with a reference")
          .location(new Location("leaky.yml", Optional.empty(), DocPath.root().index(line++))).build());
    }
    CheckResult result = CheckResult.builder().addAllFindings(findings).filesChecked(1).build();
    for (ReportFormat format : ReportFormat.values()) {
      assertNoPlantedValue(format.label() + " report", Reports.render(result, format));
    }
    for (Finding finding : findings) {
      assertNoPlantedValue("Finding.toString", finding.toString());
      assertNoPlantedValue("Finding.fix", finding.fix().orElseThrow());
    }
  }

  @Test
  void should_report_a_planted_env_file_redacted_in_every_format(@TempDir Path folder) throws IOException {
    StringBuilder env = new StringBuilder("# planted\n");
    StringBuilder yaml = new StringBuilder();
    int index = 0;
    for (Sample sample : SAMPLES) {
      if (sample.mode().equals("text")) {
        env.append(sample.content()).append('\n');
      } else {
        yaml.append("s").append(index++).append(":\n  ")
            .append(sample.content().replace("\n", "\n  ")).append('\n');
      }
    }
    Files.writeString(folder.resolve(".env"), env);
    Files.writeString(folder.resolve("settings.yml"), yaml);
    CheckResult result = PathCheck.of(Formats.of(List.of(new PlainTextFormat())), Policy.defaults())
        .relativeTo(folder).check(List.of(folder));
    assertThat(result.filesWithFindings()).containsExactly(".env", "settings.yml");
    assertThat(result.findings().size()).isGreaterThanOrEqualTo(SAMPLES.size() - 5);
    for (ReportFormat format : ReportFormat.values()) {
      String report = Reports.render(result, format);
      assertNoPlantedValue(format.label() + " report of a planted .env", report);
      assertThat(report).contains("****");
    }
  }

  @Test
  void should_never_show_a_value_in_a_match() {
    for (Sample sample : SAMPLES) {
      SecretFixtures.scan(sample).forEach(match -> assertNoPlantedValue("SecretMatch.toString", match.toString()));
    }
  }

  @Test
  void should_not_echo_a_secret_passed_as_a_secret_name() {
    for (Sample sample : SAMPLES) {
      for (String value : SecretFixtures.values(sample)) {
        if (!value.matches("[A-Za-z_][A-Za-z0-9_]{0,127}")) {
          assertThatThrownBy(() -> SecretRef.named(value)).satisfies(e ->
              assertNoPlantedValue("SecretRef exception", e.getMessage()));
        }
      }
    }
  }

  @Test
  void should_show_at_most_four_characters() {
    assertThat(Redaction.redact("ghp_abcdef")).isEqualTo("ghp_****");
    assertThat(Redaction.redact("abcd")).isEqualTo("****");
    assertThat(Redaction.redact("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"))
        .isEqualTo("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00****");
  }
}
