package dev.devopskit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.observability.alerting.PrometheusRule;
import dev.devopskit.observability.alerting.RuleFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every generated rule file reads back equal, passes every alerts/* rule, has a unit test per alert, and is handed
 * to the oracles: promtool check rules, the SchemaStore schemas, and promtool test rules on the generated tests.
 */
class GeneratedRulesTest {

  @Test
  void should_write_rule_files_that_read_back_equal_and_pass_every_rule() {
    for (Map.Entry<String, List<AlertSet>> example : Examples.all().entrySet()) {
      RuleFile file = Prometheus.ruleFile(example.getValue());
      String text = Prometheus.text(file, WriteOptions.header(Prometheus.HEADER));
      Parsed<RuleFile> parsed = Prometheus.read(SourceFile.of(example.getKey() + ".yml", text));
      assertThat(parsed.findings()).as(example.getKey()).isEmpty();
      assertThat(parsed.value()).as(example.getKey()).contains(file);
      CheckResult result = Policy.defaults().check(parsed, Prometheus.format());
      assertThat(result.findings()).as(example.getKey() + " findings").extracting(Finding::toString).isEmpty();
    }
  }

  @Test
  void should_test_every_generated_alert_firing_and_quiet() {
    for (Map.Entry<String, List<AlertSet>> example : Examples.all().entrySet()) {
      RuleFile file = Prometheus.ruleFile(example.getValue());
      String tests = Prometheus.text(Prometheus.testFile(example.getKey() + ".yml", example.getValue()), WriteOptions.noHeader());
      for (PrometheusRule alert : file.alerts()) {
        assertThat(tests).as(example.getKey()).contains("alertname: " + alert.name() + "\n");
        assertThat(tests).as(example.getKey() + " fires " + alert.name())
            .containsPattern("alertname: " + alert.name() + "\n\\s+exp_alerts:\n\\s+- exp_labels:");
        assertThat(tests).as(example.getKey() + " stays quiet " + alert.name())
            .contains("alertname: " + alert.name() + "\n        exp_alerts: []");
      }
    }
  }

  @Test
  void should_hand_every_rule_and_test_file_to_the_oracles() throws IOException, InterruptedException {
    for (Map.Entry<String, List<AlertSet>> example : Examples.all().entrySet()) {
      String name = example.getKey();
      String rules = Prometheus.text(Prometheus.ruleFile(example.getValue()), WriteOptions.header(Prometheus.HEADER));
      String tests = Prometheus.text(Prometheus.testFile(name + ".yml", example.getValue()), WriteOptions.header(Prometheus.HEADER));
      Shared.oracleOutput("promtool", name + ".yml", rules);
      Shared.oracleOutput("schema/prometheus.rules", name + ".yml", rules);
      Shared.oracleOutput("schema/prometheus.rules.test", name + ".test.yml", tests);
      Shared.oracleOutput("promtool-test", name + ".yml", rules);
      Path test = Shared.oracleOutput("promtool-test", name + ".test.yml", tests);
      Promtool.testRules(test);
    }
    Promtool.checkRules(Shared.files(Path.of("target", "oracle", "promtool"), p -> p.toString().endsWith(".yml"))
        .stream().collect(Collectors.toList()));
  }
}
