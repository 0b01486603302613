package dev.devopskit.observability.internal.yaml;

import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlWriteOptions;
import dev.devopskit.observability.ruletest.AlertTestCase;
import dev.devopskit.observability.ruletest.ExpectedAlert;
import dev.devopskit.observability.ruletest.InputSeries;
import dev.devopskit.observability.ruletest.RuleTestFile;
import dev.devopskit.observability.ruletest.RuleTestGroup;
import java.util.Optional;

/** Writes promtool unit-test files, keys in the order of the Prometheus documentation. */
public final class RuleTestWriter {
  private RuleTestWriter() {}

  /** The text of a test file, with an optional header comment. */
  public static String write(RuleTestFile file, Optional<String> header) {
    YamlWriteOptions options = header.map(YamlWriteOptions.defaults()::withHeader)
        .orElse(YamlWriteOptions.defaults());
    return Yaml.write(tree(file), options);
  }

  /** The YAML tree of a test file. */
  public static YamlMapping tree(RuleTestFile file) {
    return YamlMapping.builder()
        .put("rule_files", YamlSequence.ofStrings(file.ruleFiles()))
        .put("evaluation_interval", file.evaluationInterval())
        .put("tests", YamlSequence.of(file.tests().stream().map(RuleTestWriter::group).toList()))
        .build();
  }

  /** The YAML tree of one scenario. */
  public static YamlMapping group(RuleTestGroup group) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("name", group.name());
    out.put("interval", group.interval());
    out.put("input_series", YamlSequence.of(group.inputSeries().stream().map(RuleTestWriter::series).toList()));
    out.putIfNotEmpty("alert_rule_test",
        YamlSequence.of(group.alertRuleTests().stream().map(RuleTestWriter::alertCase).toList()));
    return out.build();
  }

  private static YamlNode series(InputSeries series) {
    return YamlMapping.builder().put("series", series.series()).put("values", series.values()).build();
  }

  private static YamlNode alertCase(AlertTestCase test) {
    return YamlMapping.builder().put("eval_time", test.evalTime()).put("alertname", test.alertname())
        .put("exp_alerts", YamlSequence.of(test.expAlerts().stream().map(RuleTestWriter::expected).toList()))
        .build();
  }

  private static YamlNode expected(ExpectedAlert alert) {
    YamlMapping.Builder out = YamlMapping.builder().put("exp_labels", RuleFileWriter.strings(alert.labels()));
    out.putIfNotEmpty("exp_annotations", RuleFileWriter.strings(alert.annotations()));
    return out.build();
  }
}
