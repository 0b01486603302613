package dev.devopskit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.plaintext.PlainTextFormat;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.observability.alerting.RuleFile;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReaderTest {
  private static final PrometheusRulesFormat FORMAT = new PrometheusRulesFormat();
  private static final String VALID = """
      groups:
        - name: api
          interval: 30s
          limit: 10
          rules:
            - record: job:up:sum
              expr: sum by (job) (up)
            - alert: ApiDown
              expr: up{job="api"} == 0
              for: 2m
              keep_firing_for: 5m
              labels:
                severity: critical
              annotations:
                summary: API is down
      """;

  @Test
  void should_read_every_field_with_positions() {
    Parsed<RuleFile> parsed = FORMAT.read(SourceFile.of("alerts.yml", VALID));
    assertThat(parsed.findings()).isEmpty();
    RuleFile file = parsed.value().orElseThrow();
    assertThat(file.groups().get(0).interval()).contains("30s");
    assertThat(file.groups().get(0).limit()).contains(10L);
    assertThat(file.alerts().get(0).keepFiringFor()).contains("5m");
    assertThat(parsed.sourceMap().locate(dev.devopskit.core.source.DocPath.parse("groups[0].rules[1].for"))
        .orElseThrow().line()).isEqualTo(10);
  }

  @Test
  void should_report_shape_errors_at_their_lines_without_throwing() {
    String text = """
        groups:
          - name: api
            rules:
              - alert: ApiDown
                record: api_down
                expr: up == 0
              - alert: NoExpr
              - alert: BadFor
                expr: up == 0
                for: 5 minutes
                anotations:
                  summary: x
          - name: api
            rules: []
          - name: other
            rules:
              - record: job:errors rate
                expr: up
        """;
    Parsed<RuleFile> parsed = FORMAT.read(SourceFile.of("alerts.yml", text));
    assertThat(parsed.findings()).extracting(f -> f.location().line() + " " + f.ruleId())
        .containsExactly("4 prometheus/syntax", "7 prometheus/syntax", "11 prometheus/unknown-key",
            "10 prometheus/syntax", "13 prometheus/syntax", "17 prometheus/syntax");
    assertThat(parsed.findings()).extracting(Finding::message).anyMatch(m -> m.contains("did you mean 'annotations'"));
    assertThat(parsed.value().orElseThrow().alerts()).hasSize(1);
  }

  @Test
  void should_round_trip_block_scalars_numbers_and_empty_values() {
    String text = """
        groups:
          - name: blocks
            rules:
              - record: a
                expr: |
                  sum(up)
                    by (job)
              - record: b
                expr: >-
                  sum(up)
                  > 0
              - alert: C
                expr: 1
                for: 0
                labels:
                  priority: 2
                  empty:
              - alert: D
                expr: "up == 0"
          - name: nothing
        """;
    Parsed<RuleFile> parsed = FORMAT.read(SourceFile.of("alerts.yml", text));
    assertThat(parsed.findings()).isEmpty();
    String written = FORMAT.write(parsed.value().orElseThrow());
    assertThat(FORMAT.read(SourceFile.of("alerts.yml", written)).value()).isEqualTo(parsed.value());
    assertThat(parsed.value().orElseThrow().groups().get(0).rules().get(0).expr()).isEqualTo("sum(up)\n  by (job)\n");
    assertThat(parsed.value().orElseThrow().alerts().get(0).labels()).containsEntry("priority", "2")
        .containsEntry("empty", "");
  }

  @Property(tries = 200)
  void should_never_throw_on_mutated_input(@ForAll @IntRange(min = 0, max = 400) int at,
      @ForAll @IntRange(min = 0, max = 6) int edit) {
    String[] inserts = {":", "- ", "\n", "{", "[", "\"", "  "};
    int position = Math.min(at, VALID.length());
    String mutated = VALID.substring(0, position) + inserts[edit] + VALID.substring(position);
    Parsed<RuleFile> parsed = FORMAT.read(SourceFile.of("alerts.yml", mutated));
    assertThat(parsed).isNotNull();
    parsed.value().ifPresent(value -> FORMAT.rules().forEach(rule -> dev.devopskit.core.policy.Policy.defaults()
        .check(parsed, List.of(rule))));
  }

  @Test
  void should_claim_rule_files_by_their_groups_key_and_not_by_name() {
    String rules = "# alerts of the shop\ngroups:\n  - name: shop\n    rules: []\n";
    assertThat(FORMAT.claims("monitoring/alerts.yml")).isFalse();
    assertThat(FORMAT.claimsContent("monitoring/alerts.yml", rules)).isTrue();
    assertThat(FORMAT.claimsContent("prometheus/rules/node.yml", rules)).isTrue();
    assertThat(FORMAT.claimsContent("k8s.rules", rules)).isTrue();
    assertThat(FORMAT.claimsContent("config/slo.yml", rules)).isTrue();
    assertThat(FORMAT.claimsContent("monitoring/alerts.test.yml", rules)).isFalse();
    assertThat(FORMAT.claimsContent("monitoring/prometheus.yml", rules)).isFalse();
    assertThat(FORMAT.claimsContent("alertmanager.yml", rules)).isFalse();
    assertThat(FORMAT.claimsContent(".github/workflows/alerts.yml", rules)).isFalse();
    assertThat(FORMAT.claimsContent("docker-compose.yml", rules)).isFalse();
    // An API gateway's access rules, a Firestore rules file and an OpenAPI schema named like alerts are not.
    assertThat(FORMAT.claimsContent("contrib/quickstart/oathkeeper/access-rules.yml",
        "- id: \"ory:kratos:public\"\n  upstream:\n    url: http://kratos:4433\n")).isFalse();
    assertThat(FORMAT.claimsContent("firestore.rules", "rules_version = '2';\nservice cloud.firestore {\n"))
        .isFalse();
    assertThat(FORMAT.claimsContent("spec/schemas/AlertRule.yml", "type: object\nproperties:\n  groups:\n"))
        .isFalse();
    Formats formats = Formats.of(List.of(FORMAT, new PlainTextFormat()));
    assertThat(formats.forFile("config/slo.yml", rules).map(f -> f.name())).contains("prometheus-rules");
    assertThat(formats.forFile("config/app.yml", "server:\n  port: 8080\n").map(f -> f.name()))
        .contains("plain-text");
  }

}
