package dev.devopskit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Position;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.testing.Golden;
import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each report format against a golden file, and SARIF against the SARIF 2.1.0 schema. Run with
 * {@code -Ddevopskit.updateGolden=true} to rewrite the golden files after an intended change, then review the diff.
 */
class ReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static CheckResult sample() {
    Finding secret = Finding.builder().ruleId(CoreRules.LITERAL_SECRET.id()).severity(Severity.ERROR)
        .message("GitHub token written as a literal in 'token' (ghp_****)")
        .fix("remove it, rotate it, and use ${{ secrets.NAME }}")
        .location(Location.of(".github/workflows/ci.yml",
            new Span(new Position(12, 16, 200), new Position(12, 56, 240)), DocPath.parse("jobs.build.env.token")))
        .build();
    Finding unused = Finding.builder().ruleId(CoreRules.UNUSED_SUPPRESSION.id()).severity(Severity.WARNING)
        .message("suppression of yaml/syntax matches no finding on line 4").fix("remove the comment")
        .location(Location.of(".github/workflows/ci.yml", Span.at(new Position(3, 1, 30)), DocPath.root())).build();
    Finding noSpan = Finding.of("docker/pinned-base", Severity.NOTE, "base image 'node:20' is not pinned, 100% sure",
        new Location("docker/Dockerfile", Optional.empty(), DocPath.parse("stages[0].from")));
    Finding value = Finding.of(CoreRules.POLICY.id(), Severity.ERROR, "option 'x' must be a number, got 'y'",
        new Location("", Optional.empty(), DocPath.of("rules", "test/x")));
    return CheckResult.builder().addFindings(secret, unused, noSpan, value).suppressed(2).filesChecked(3)
        .putRule(CoreRules.LITERAL_SECRET.id(), CoreRules.LITERAL_SECRET)
        .putRule(CoreRules.UNUSED_SUPPRESSION.id(), CoreRules.UNUSED_SUPPRESSION)
        .putRule(CoreRules.POLICY.id(), CoreRules.POLICY).build();
  }

  private static String golden(ReportFormat format) {
    return "/reports/sample." + (format == ReportFormat.SARIF ? "sarif" : format.label()) + ".golden";
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void should_render_the_golden_report(ReportFormat format) {
    String rendered = Reports.render(sample(), format);
    Golden.check(ReportsTest.class, golden(format).substring(1), rendered, "the " + format.label() + " report");
  }

  @Test
  void should_render_an_empty_result_with_only_the_summary() {
    assertThat(Reports.render(CheckResult.empty(), ReportFormat.TEXT))
        .isEqualTo("0 findings (0 errors, 0 warnings, 0 notes) in 0 of 0 files\n");
    assertThat(Reports.render(CheckResult.empty(), ReportFormat.GITHUB))
        .isEqualTo("0 findings (0 errors, 0 warnings, 0 notes) in 0 of 0 files\n");
  }

  @Test
  void should_colour_severities_only_when_asked() {
    assertThat(Reports.render(sample(), ReportFormat.TEXT, true)).contains("\u001b[31merror\u001b[0m");
    assertThat(Reports.render(sample(), ReportFormat.TEXT, false)).doesNotContain("\u001b[");
    assertThat(Reports.render(sample(), ReportFormat.JSON, true)).doesNotContain("\u001b[");
  }

  @Test
  void should_produce_sarif_that_the_sarif_2_1_0_schema_accepts() throws IOException {
    String sarif = Reports.render(sample(), ReportFormat.SARIF);
    Shared.oracleOutput("schema/sarif-2.1.0", "core-report.sarif.json", sarif);
    Set<ValidationMessage> problems = validate(sarif);
    assertThat(problems).isEmpty();
    assertThat(validate(Reports.render(CheckResult.empty(), ReportFormat.SARIF))).isEmpty();
  }

  @Test
  void should_list_every_rule_in_sarif_with_its_metadata_and_point_results_at_them() throws IOException {
    JsonNode run = JSON.readTree(Reports.render(sample(), ReportFormat.SARIF)).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules).extracting(r -> r.get("id").asText())
        .containsExactly("core/policy", "core/unused-suppression", "docker/pinned-base", "secrets/literal-secret");
    JsonNode secretRule = rules.get(3);
    assertThat(secretRule.get("helpUri").asText()).endsWith("docs/rules/secrets/literal-secret.md");
    assertThat(secretRule.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
    for (JsonNode result : run.get("results")) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
      assertThat(result.get("partialFingerprints").fieldNames().next()).isEqualTo("devopsKitFingerprint/v1");
    }
  }

  @Test
  void should_write_file_paths_as_uri_references_in_sarif() throws IOException {
    Finding odd = Finding.of("test/x", Severity.NOTE, "odd path",
        Location.of("my docs/caf\u00e9 #1.yml", Span.at(new Position(1, 1, 0)), DocPath.root()));
    String sarif = Reports.render(CheckResult.builder().addFindings(odd).build(), ReportFormat.SARIF);
    assertThat(JSON.readTree(sarif).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
        .asText()).isEqualTo("my%20docs/caf%C3%A9%20%231.yml");
    assertThat(validate(sarif)).isEmpty();
  }

  static Set<ValidationMessage> validate(String sarif) throws IOException {
    Path schemaFile = Shared.conformance().resolve("schemas/sarif-2.1.0.json");
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(JSON.readTree(schemaFile.toFile()));
    return schema.validate(JSON.readTree(sarif));
  }
}
