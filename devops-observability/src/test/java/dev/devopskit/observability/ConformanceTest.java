package dev.devopskit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.observability.alerting.RuleFile;
import dev.devopskit.observability.rules.PromqlSyntaxRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Real rule files: awesome-prometheus-alerts' collection and SchemaStore's test file read without findings, are
 * claimed by the format, round-trip to equal values, and give no alerts/promql-syntax finding (precision).
 */
class ConformanceTest {
  private static final PrometheusRulesFormat FORMAT = new PrometheusRulesFormat();

  @Test
  void should_read_and_round_trip_every_awesome_prometheus_alerts_file() throws IOException {
    Path folder = Shared.conformance().resolve("real-world/samber__awesome-prometheus-alerts/dist/rules");
    List<Path> files = Shared.files(folder, p -> p.toString().matches(".*\\.ya?ml"));
    assertThat(files).hasSizeGreaterThan(100);
    List<String> problems = new ArrayList<>();
    int alerts = 0;
    Map<String, Integer> hits = new TreeMap<>();
    for (Path file : files) {
      String relative = "dist/rules/" + folder.relativize(file).toString().replace('\\', '/');
      if (!FORMAT.claimsContent(relative, head(file))) {
        problems.add(relative + ": not claimed");
      }
      RuleFile value = roundTrip(file, relative, problems);
      if (value != null) {
        alerts += value.alerts().size();
        String oracleName = "awesome-" + folder.relativize(file).toString().replaceAll("[^A-Za-z0-9.-]", "_");
        Shared.oracleOutput("promtool", oracleName, FORMAT.write(value));
        Shared.oracleOutput("schema/prometheus.rules", oracleName, FORMAT.write(value));
        Parsed<RuleFile> parsed = FORMAT.read(source(file, relative));
        CheckResult result = Policy.defaults().check(parsed, FORMAT);
        for (Finding finding : result.findings()) {
          hits.merge(finding.ruleId(), 1, Integer::sum);
          if (finding.ruleId().equals(PromqlSyntaxRule.INFO.id())) {
            problems.add(relative + ": false alerts/promql-syntax finding: " + finding);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(alerts).isGreaterThan(500);
    System.out.println("awesome-prometheus-alerts: " + files.size() + " files, " + alerts
        + " alerts read and round-tripped; rule hits " + hits);
  }

  @Test
  void should_read_schemastore_prometheus_rules_tests() throws IOException {
    Path folder = Shared.conformance().resolve("peer-tests/SchemaStore__schemastore/src/test/prometheus.rules");
    List<Path> files = Shared.files(folder, p -> true);
    assertThat(files).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      RuleFile value = roundTrip(file, file.getFileName().toString(), problems);
      if (value != null) {
        assertThat(value.groups()).isNotEmpty();
        assertThat(value.alerts().get(0).keepFiringFor()).isPresent();
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void should_claim_no_other_real_world_yaml_file_unless_it_holds_rule_groups() throws IOException {
    Path realWorld = Shared.conformance().resolve("real-world");
    List<String> wrong = new ArrayList<>();
    int claimed = 0;
    for (Path file : Shared.files(realWorld, p -> p.toString().matches(".*\\.ya?ml"))) {
      String relative = realWorld.relativize(file).toString().replace('\\', '/');
      String inRepository = relative.substring(relative.indexOf('/') + 1);
      if (FORMAT.claimsContent(inRepository, head(file))) {
        claimed++;
        if (!Files.readString(file, StandardCharsets.UTF_8).contains("groups:")) {
          wrong.add(relative);
        }
      }
    }
    assertThat(wrong).as("claimed but not rule files").isEmpty();
    assertThat(claimed).isGreaterThanOrEqualTo(112);
  }

  /** The first lines of a file, as the repository check reads them to route it. */
  private static String head(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.substring(0, Math.min(2048, text.length()));
  }

  private static RuleFile roundTrip(Path file, String relative, List<String> problems) throws IOException {
    Parsed<RuleFile> parsed = FORMAT.read(source(file, relative));
    if (!parsed.findings().isEmpty() || parsed.value().isEmpty()) {
      problems.add(relative + ": " + parsed.findings());
      return null;
    }
    String written = FORMAT.write(parsed.value().get());
    Parsed<RuleFile> again = FORMAT.read(SourceFile.of(relative, written));
    if (!again.findings().isEmpty() || !again.value().equals(parsed.value())) {
      problems.add(relative + ": round trip differs " + again.findings());
    }
    return parsed.value().get();
  }

  private static SourceFile source(Path file, String relative) throws IOException {
    return SourceFile.of(relative, Files.readString(file, StandardCharsets.UTF_8));
  }
}
