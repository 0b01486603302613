package dev.devopskit.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.observability.alerting.RuleFile;
import dev.devopskit.observability.slo.ErrorRateAlert;
import dev.devopskit.observability.slo.LatencyAlert;
import dev.devopskit.observability.slo.Sli;
import dev.devopskit.observability.uptime.ProbeTarget;
import dev.devopskit.observability.uptime.Uptime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Updating monitoring files keeps what was there and replaces only the generated group. */
class MergeTest {

  @Test
  void should_add_then_replace_groups_and_their_tests() {
    AlertSet errors = Prometheus.alerts(ErrorRateAlert.of("checkout", Sli.httpRequestsTotal("job=\"checkout\""), 5));
    AlertSet latency = Prometheus.alerts(LatencyAlert.of("checkout", "http_request_duration_seconds", "", 0.5));
    String hand = "groups:\n  - name: mine\n    rules:\n      - alert: Mine\n        expr: up == 0\n";
    String rules = Prometheus.mergeRules(hand, errors);
    rules = Prometheus.mergeRules(rules, latency);
    AlertSet stricter = Prometheus.alerts(ErrorRateAlert.of("checkout", Sli.httpRequestsTotal("job=\"checkout\""), 1));
    rules = Prometheus.mergeRules(rules, stricter);
    dev.devopskit.core.testing.Shared.oracleOutput("promtool", "merged.yml", rules);
    dev.devopskit.core.testing.Shared.oracleOutput("schema/prometheus.rules", "merged.yml", rules);
    RuleFile file = Prometheus.read(SourceFile.of("alerts.yml", rules)).value().orElseThrow();
    assertThat(file.groups()).extracting(g -> g.name())
        .containsExactly("mine", "errors-checkout", "latency-checkout-p95");
    assertThat(file.group("errors-checkout").orElseThrow().rules().get(0).expr()).endsWith("> 0.01");

    String tests = Prometheus.mergeTests("", "alerts.yml", errors);
    tests = Prometheus.mergeTests(tests, "alerts.yml", latency);
    tests = Prometheus.mergeTests(tests, "alerts.yml", stricter);
    assertThat(tests).containsOnlyOnce("rule_files:\n  - alerts.yml\n");
    assertThat(tests.split("name: 'errors-checkout: ", -1)).hasSize(3);
    assertThat(tests.split("name: 'latency-checkout-p95: ", -1)).hasSize(3);
    assertThat(tests).contains("at 0.5 % errors").doesNotContain("at 2.5 % errors");
  }

  @Test
  void should_refuse_to_rewrite_a_broken_rule_file() {
    AlertSet errors = Prometheus.alerts(ErrorRateAlert.of("checkout", Sli.httpRequestsTotal(""), 5));
    assertThatThrownBy(() -> Prometheus.mergeRules("groups: {", errors))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fix them first");
  }

  @Test
  void should_write_blackbox_and_scrape_configuration() throws Exception {
    Uptime uptime = Uptime.of("checkout", List.of(ProbeTarget.of("staging", "https://staging.example.com/health")));
    String blackbox = Prometheus.blackboxConfig(List.of(uptime));
    assertThat(blackbox).contains("modules:\n  http_2xx:\n    prober: http\n    timeout: 5s\n    http:\n"
        + "      valid_status_codes:\n        - 200\n");
    String config = Prometheus.prometheusConfig(List.of("alerts.yml"), List.of(uptime));
    assertThat(config).contains("job_name: blackbox-checkout").contains("replacement: blackbox-exporter:9115")
        .contains("- https://staging.example.com/health");
    String again = Prometheus.mergePrometheusConfig(config, List.of("alerts.yml"), uptime);
    assertThat(again).isEqualTo(config);
    java.nio.file.Path written = dev.devopskit.core.testing.Shared.oracleOutput("prometheus-config", "prometheus.yml",
        config);
    String uptimeRules = Prometheus.text(Prometheus.ruleFile(List.of(Prometheus.alerts(uptime))), WriteOptions.noHeader());
    dev.devopskit.core.testing.Shared.oracleOutput("prometheus-config", "alerts.yml", uptimeRules);
    dev.devopskit.core.testing.Shared.oracleOutput("promtool", "uptime-one-target.yml", uptimeRules);
    dev.devopskit.core.testing.Shared.oracleOutput("schema/prometheus.rules", "uptime-one-target.yml", uptimeRules);
    Promtool.checkBlackbox(dev.devopskit.core.testing.Shared.oracleOutput("blackbox-config", "blackbox.yml",
        blackbox));
    Promtool.checkConfig(written);
  }
}
