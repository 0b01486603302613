package dev.devopskit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inline marker in every comment syntax, with the line it covers. */
class InlineSuppressionTest {

  private static List<InlineSuppression> scan(String text) {
    return InlineSuppression.scan(SourceFile.of("f", text));
  }

  @Test
  void should_cover_its_own_line_after_code_and_the_next_code_line_when_alone() {
    assertThat(scan("a: 1 # devops-kit: ignore[x/y] why\n")).containsExactly(
        new InlineSuppression(List.of("x/y"), "why", 1, 1));
    assertThat(scan("# devops-kit: ignore[x/y, z/*] because\n\n# other\nb: 2\n")).containsExactly(
        new InlineSuppression(List.of("x/y", "z/*"), "because", 1, 4));
  }

  @Test
  void should_read_the_marker_in_every_comment_syntax() {
    assertThat(scan("// devops-kit: ignore[a/b] js\nx\n")).extracting(InlineSuppression::targetLine)
        .containsExactly(2);
    assertThat(scan("-- devops-kit: ignore[a/b] sql\nSELECT 1;\n")).extracting(InlineSuppression::targetLine)
        .containsExactly(2);
    assertThat(scan("<!-- devops-kit: ignore[a/b] markdown -->\ntext\n")).extracting(InlineSuppression::reason)
        .containsExactly("markdown");
    assertThat(scan("RUN make /* devops-kit: ignore[a/b] c style */\n")).extracting(InlineSuppression::reason,
        InlineSuppression::targetLine).containsExactly(org.assertj.core.groups.Tuple.tuple("c style", 1));
  }

  @Test
  void should_keep_an_empty_reason_and_rules_for_the_engine_to_report() {
    assertThat(scan("x # devops-kit: ignore[a/b]\n")).extracting(InlineSuppression::reason).containsExactly("");
    assertThat(scan("x # devops-kit: ignore[] r\n")).extracting(InlineSuppression::rules)
        .containsExactly(List.of());
  }

  @Test
  void should_match_rules_by_id_and_namespace() {
    InlineSuppression suppression = scan("# devops-kit: ignore[github/*, docker/pin] r\nx\n").get(0);
    assertThat(suppression.matchesRule("github/job-name")).isTrue();
    assertThat(suppression.matchesRule("docker/pin")).isTrue();
    assertThat(suppression.matchesRule("docker/pinned")).isFalse();
  }

  @Test
  void should_read_zizmors_marker_as_the_matching_devops_kit_rules_without_a_reason() {
    assertThat(scan("run: x # zizmor: ignore[template-injection]\n")).containsExactly(
        new InlineSuppression(List.of("github/template-injection", "github/template-expansion"), "zizmor: ignore", 1, 1,
            true));
    assertThat(scan("# zizmor: ignore[artipacked, unpinned-uses] pinned by Renovate\n\n- uses: a/b@v1\n"))
        .containsExactly(new InlineSuppression(List.of("github/persist-credentials", "github/persisted-token",
            "github/unpinned-action"),
            "pinned by Renovate", 1, 3, true));
    assertThat(scan("x # zizmor: ignore[impostor-commit]\n")).as("an audit devops-kit does not run").isEmpty();
    assertThat(scan("x # zizmor: ignore[excessive-permissions,undocumented-permissions]\n"))
        .extracting(InlineSuppression::rules).containsExactly(List.of("github/excessive-permissions"));
  }

  @Test
  void should_map_every_zizmor_audit_to_github_rules() {
    assertThat(InlineSuppression.ZIZMOR.values()).allSatisfy(ids -> assertThat(ids).isNotEmpty()
        .allMatch(id -> id.startsWith("github/")));
    assertThat(scan("x # devops-kit: ignore[a/b] r\n")).extracting(InlineSuppression::foreign).containsExactly(false);
  }

  @Test
  void should_scan_a_long_line_without_a_marker_quickly() {
    assertThat(scan("devops-kit: " + "ignore[".repeat(100_000))).isEmpty();
  }
}
