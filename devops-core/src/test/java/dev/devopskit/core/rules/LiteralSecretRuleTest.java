package dev.devopskit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The one literal-secret implementation, over string sites and over a whole text. */
class LiteralSecretRuleTest {
  private static final String TOKEN = "ghp_Zq8vR2mT5kW9pL3nX7bC1dF4gH6jK0sA2eYu";
  private static final LiteralSecretRule<List<StringSite>> SITES = LiteralSecretRule.of("test/literal-secret",
      "No literal secrets in test files", Function.identity(), "${NAME}");

  private static List<StringSite> sites() {
    return List.of(new StringSite(DocPath.of("env", "token"), "token", TOKEN),
        new StringSite(DocPath.of("env", "DB_PASSWORD"), "DB_PASSWORD", "postgres1"),
        new StringSite(DocPath.of("env", "name"), "name", "web"));
  }

  @Test
  void should_report_each_secret_string_with_the_formats_fix_and_a_warning_for_word_like_values() {
    List<Finding> findings = List.copyOf(Policy.defaults().check(sites(), List.of(SITES)).findings());
    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "GitHub token written as a literal in 'token' (ghp_****)",
        "short or word-like literal assigned to a secret-looking name written as a literal in 'DB_PASSWORD'"
            + " (post****)");
    Finding token = findings.stream().filter(f -> f.message().startsWith("GitHub")).findFirst().orElseThrow();
    Finding weak = findings.stream().filter(f -> f.message().startsWith("short")).findFirst().orElseThrow();
    assertThat(token.severity()).isEqualTo(Severity.ERROR);
    assertThat(weak.severity()).isEqualTo(Severity.WARNING);
    assertThat(findings).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("test/literal-secret"));
    assertThat(token.fix()).hasValue("remove it, rotate it, and use ${NAME}");
    assertThat(token.location().path()).isEqualTo(DocPath.of("env", "token"));
    assertThat(findings.toString()).doesNotContain(TOKEN);
  }

  @Test
  void should_leave_out_what_the_format_says_is_not_a_secret() {
    LiteralSecretRule<List<StringSite>> rule = SITES.except((site, match) -> site.key().equals("DB_PASSWORD"));
    assertThat(Policy.defaults().check(sites(), List.of(rule)).findings()).extracting(Finding::message)
        .containsExactly("GitHub token written as a literal in 'token' (ghp_****)");
    assertThat(rule.info()).isEqualTo(SITES.info());
  }

  @Test
  void should_report_each_secret_of_a_text_on_its_line() {
    LiteralSecretRule<String> rule = LiteralSecretRule.coreText(Function.identity());
    String text = "# settings\nAPP_NAME=web\nGH_TOKEN=" + TOKEN + "\n";
    List<Finding> findings = List.copyOf(Policy.defaults().check(text, List.of(rule)).findings());
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.ruleId()).isEqualTo("secrets/literal-secret");
    assertThat(finding.message()).isEqualTo("GitHub token written as a literal (ghp_****)");
    assertThat(finding.fix()).hasValue("remove it, rotate it, and load it from the environment or a secret store");
    assertThat(finding.location().path()).isEqualTo(DocPath.root().index(2));
    assertThat(finding.location().line()).isEqualTo(3);
  }
}
