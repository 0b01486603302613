package dev.devopskit.core.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.secret.SecretRef;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.RuleDocs;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnvironmentsTest {
  private static final EnvironmentsFormat FORMAT = new EnvironmentsFormat();
  private static final Environments PATH = Environments.of(
      Environment.builder().name("local").tier(Tier.LOCAL).deployment(DeploymentMode.NONE).build(),
      Environment.builder().name("staging").tier(Tier.STAGING).url("https://staging.example.com").addBranchPattern("main")
          .putVariable("LOG_LEVEL", "debug").addSecret(SecretRef.named("DB_PASSWORD")).build(),
      Environment.builder().name("production").tier(Tier.PRODUCTION).deployment(DeploymentMode.MANUAL_PROMOTION)
          .addReviewer("team:release").waitTimerMinutes(10).addSecret(SecretRef.named("DB_PASSWORD")).build());

  static List<Rule<? super Environments>> rules() {
    return FORMAT.rules();
  }

  @Test
  void should_document_every_rule() throws IOException {
    List<RuleInfo> infos = rules().stream().map(Rule::info).collect(Collectors.toList());
    infos.add(EnvironmentsFormat.SYNTAX);
    infos.add(EnvironmentsFormat.UNKNOWN_KEY);
    RuleDocs.assertDocumented(infos);
  }

  @Test
  void should_write_and_read_back_an_equal_promotion_path() {
    String yaml = FORMAT.write(PATH);
    Parsed<Environments> parsed = FORMAT.read(SourceFile.of("environments.yml", yaml));
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value()).contains(PATH);
    assertThat(Policy.defaults().check(PATH).findings()).isEmpty();
    assertThat(PATH.promotionPath()).containsExactly("local", "staging", "production");
  }

  @Test
  void should_describe_environments_as_plain_data() {
    Map<String, Object> production = PATH.describe().get(2);
    assertThat(production).containsEntry("deployment", "manual").containsEntry("waitTimerMinutes", 10)
        .containsEntry("secrets", List.of("DB_PASSWORD"));
  }

  @Test
  void should_reject_impossible_environments() {
    assertThatThrownBy(() -> Environment.builder().name("production").tier(Tier.PRODUCTION)
        .deployment(DeploymentMode.AUTOMATIC_FROM_PULL_REQUEST).build()).hasMessageContaining("pull requests");
    assertThatThrownBy(() -> Environments.of(Environment.of("a", Tier.STAGING), Environment.of("a", Tier.CUSTOM)))
        .hasMessageContaining("unique");
    assertThatThrownBy(() -> Environment.builder().name("x").waitTimerMinutes(50_000).build())
        .hasMessageContaining("43200");
  }

  @Test
  void should_report_bad_files_at_their_lines() {
    Parsed<Environments> parsed = FORMAT.read(SourceFile.of("environments.yml",
        "environments:\n  - name: a\n    tier: prod\n  - name: b\n    tier: production\n    deployment: pull-request\n"
            + "  - tier: staging\n"));
    assertThat(parsed.findings().stream().map(f -> f.location().line() + " " + f.ruleId()))
        .containsExactly("3 env/syntax", "4 env/syntax", "7 env/syntax");
  }
}
