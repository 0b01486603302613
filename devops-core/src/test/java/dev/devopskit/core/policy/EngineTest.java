package dev.devopskit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.YamlDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine under a policy: suppressions, baselines, severities, options, failing rules, fingerprints. */
class EngineTest {
  private static final String FLAGGED = "test/flagged-value";

  @TempDir
  Path folder;

  private static CheckResult check(Policy policy, String text) {
    return TestYamlFormat.check(policy, "ci.test.yml", text);
  }

  private static List<String> rulesAndLines(CheckResult result) {
    return result.findings().stream().map(f -> f.ruleId() + "@" + f.location().line()).toList();
  }

  @Test
  void should_report_findings_at_their_lines_with_the_default_severity() {
    CheckResult result = check(Policy.defaults(), "a: good\nb: bad\nc:\n  - bad\n");
    assertThat(result.findings()).extracting(f -> f.location().line(), Finding::severity)
        .containsExactly(tuple(2, Severity.WARNING), tuple(4, Severity.WARNING));
    assertThat(result.filesChecked()).isEqualTo(1);
  }

  @Test
  void should_suppress_with_an_inline_comment_on_the_same_line() {
    CheckResult result = check(Policy.defaults(),
        "a: bad  # devops-kit: ignore[test/flagged-value] the value is vetted\nb: bad\n");
    assertThat(rulesAndLines(result)).containsExactly(FLAGGED + "@2");
    assertThat(result.suppressed()).isEqualTo(1);
  }

  @Test
  void should_suppress_with_an_inline_comment_on_the_line_before() {
    CheckResult result = check(Policy.defaults(),
        "# devops-kit: ignore[test/*] vetted by the team\n\n# another comment\nb: bad\nc: bad\n");
    assertThat(rulesAndLines(result)).containsExactly(FLAGGED + "@5");
  }

  @Test
  void should_report_an_inline_suppression_without_a_reason_and_not_apply_it() {
    CheckResult result = check(Policy.defaults(), "a: bad  # devops-kit: ignore[test/flagged-value]\n");
    assertThat(rulesAndLines(result)).containsExactly(CoreRules.INVALID_SUPPRESSION.id() + "@1", FLAGGED + "@1");
    assertThat(result.findings().first().message()).contains("gives no reason");
  }

  @Test
  void should_report_an_inline_suppression_without_a_rule() {
    CheckResult result = check(Policy.defaults(), "a: ok # devops-kit: ignore[] because\n");
    assertThat(rulesAndLines(result)).containsExactly(CoreRules.INVALID_SUPPRESSION.id() + "@1");
  }

  @Test
  void should_report_an_unused_inline_suppression_at_the_comment() {
    CheckResult result = check(Policy.defaults(), "a: ok\n# devops-kit: ignore[test/flagged-value] old\nb: ok\n");
    assertThat(rulesAndLines(result)).containsExactly(CoreRules.UNUSED_SUPPRESSION.id() + "@2");
    assertThat(result.findings().first().severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void should_not_let_an_inline_suppression_of_another_rule_apply() {
    CheckResult result = check(Policy.defaults(), "a: bad # devops-kit: ignore[test/boom] not this one\n");
    assertThat(rulesAndLines(result)).containsExactly(CoreRules.UNUSED_SUPPRESSION.id() + "@1", FLAGGED + "@1");
  }

  @Test
  void should_apply_severity_overrides_and_turn_rules_off() {
    Policy error = Policy.builder().putSeverity(FLAGGED, Severity.ERROR).build();
    assertThat(check(error, "a: bad\n").findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
    Policy off = Policy.builder().addIgnore("test/*").build();
    assertThat(check(off, "a: bad\nboom: 1\n").findings()).isEmpty();
  }

  @Test
  void should_run_the_rules_of_the_profile_and_its_narrower_ones() {
    String text = "a: bad\naudit: yes\n";
    assertThat(rulesAndLines(check(Policy.defaults(), text))).containsExactly(FLAGGED + "@1");
    assertThat(rulesAndLines(check(Policy.of(Profile.TRUNK), text))).containsExactly(FLAGGED + "@1");
    assertThat(rulesAndLines(check(Policy.of(Profile.STRICT), text)))
        .containsExactly(FLAGGED + "@1", "test/audit-only@2");
  }

  @Test
  void should_add_selected_rules_to_the_profile_and_remove_ignored_ones() {
    String text = "a: bad\naudit: yes\n";
    assertThat(rulesAndLines(check(Policy.builder().addSelect("test/audit-only").build(), text)))
        .containsExactly(FLAGGED + "@1", "test/audit-only@2");
    assertThat(rulesAndLines(check(Policy.builder().addSelect("*").addIgnore(FLAGGED).build(), text)))
        .containsExactly("test/audit-only@2");
  }

  @Test
  void should_run_a_list_of_rules_chosen_by_the_caller_whatever_their_profile() {
    TestYamlFormat format = new TestYamlFormat();
    Parsed<YamlDocument> parsed = format.read(SourceFile.of("a.test.yml", "audit: yes\n"));
    assertThat(Policy.defaults().check(parsed, List.of(TestYamlFormat.AUDIT)).findings()).hasSize(1);
    assertThat(Policy.defaults().withIgnore("test/*").check(parsed, List.of(TestYamlFormat.AUDIT)).findings())
        .isEmpty();
  }

  @Test
  void should_override_the_severity_of_reader_findings() {
    Policy policy = Policy.builder().putSeverity("yaml/duplicate-key", Severity.NOTE).build();
    CheckResult result = check(policy, "a: 1\na: 2\n");
    assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(tuple("yaml/duplicate-key", Severity.NOTE));
    assertThat(check(Policy.builder().addIgnore("yaml/*").build(), "a: 1\na: 2\n").findings()).isEmpty();
  }

  @Test
  void should_pass_options_to_rules_and_report_bad_option_values() {
    String text = "a: twelve chars..\n";
    assertThat(check(Policy.defaults(), text).findings()).isEmpty();
    Policy tight = Policy.builder().putOption(FLAGGED, Map.<String, Object>of("max-length", 5)).origin("p.yml").build();
    assertThat(check(tight, text).findings()).extracting(Finding::message)
        .containsExactly("value is 14 characters long, more than 5");
    Policy broken = Policy.builder().putOption(FLAGGED, Map.<String, Object>of("max-length", "lots")).origin("p.yml").build();
    CheckResult result = check(broken, text);
    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly(CoreRules.POLICY.id());
    assertThat(result.findings().first().location().file()).isEqualTo("p.yml");
    assertThat(result.findings().first().message()).contains("must be a whole number", "default is used");
  }

  @Test
  void should_report_a_rule_that_throws_and_keep_its_findings_and_the_other_rules() {
    CheckResult result = check(Policy.defaults(), "boom: 1\nb: bad\n");
    assertThat(rulesAndLines(result)).containsExactlyInAnyOrder("core/rule-failure@1", "test/boom@1",
        FLAGGED + "@2");
    Finding failure = result.findings().stream().filter(f -> f.ruleId().equals("core/rule-failure")).findFirst()
        .orElseThrow();
    assertThat(failure.message()).contains("test/boom", "IllegalStateException");
    assertThat(result.rules()).containsKey("core/rule-failure");
  }

  @Test
  void should_keep_fingerprints_when_unrelated_lines_are_inserted_above() {
    String before = "a: ok\njobs:\n  build:\n    run: bad\n";
    String after = "# a new comment\nz: new\na: ok\n\njobs:\n  lint:\n    run: fine\n  build:\n    run: bad\n";
    Finding first = check(Policy.defaults(), before).findings().first();
    Finding second = check(Policy.defaults(), after).findings().first();
    assertThat(second.location().line()).isNotEqualTo(first.location().line());
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    Finding elsewhere = check(Policy.defaults(), "a: ok\njobs:\n  deploy:\n    run: bad\n").findings().first();
    assertThat(elsewhere.fingerprint()).isNotEqualTo(first.fingerprint());
  }

  @Test
  void should_ignore_numbers_in_messages_for_fingerprints() {
    Policy tight = Policy.builder().putOption(FLAGGED, Map.<String, Object>of("max-length", 3)).build();
    Finding four = check(tight, "a: four\n").findings().first();
    Finding five = check(tight, "a: fives\n").findings().first();
    assertThat(four.message()).isNotEqualTo(five.message());
    assertThat(four.fingerprint()).isEqualTo(five.fingerprint());
  }

  private PathCheck pathCheck(Policy policy) {
    return PathCheck.of(Formats.of(List.of(new TestYamlFormat())), policy).relativeTo(folder);
  }

  private void write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void should_apply_policy_file_suppressions_by_rule_path_and_document_path() throws IOException {
    write("legacy/old.test.yml", "jobs:\n  old:\n    run: bad\n  new:\n    run: bad\n");
    write("app/ci.test.yml", "jobs:\n  old:\n    run: bad\n");
    Policy policy = Policy.builder().origin(".devops-kit.yml")
        .addSuppressions(new Suppression(FLAGGED, Optional.of("legacy/*.test.yml"), Optional.of("jobs.old"), "vetted"))
        .addSuppressions(new Suppression("test/boom", Optional.empty(), Optional.empty(), "never used"))
        .build();
    CheckResult result = pathCheck(policy).check(List.of(folder));
    assertThat(result.findings()).extracting(f -> f.location().file(), f -> f.location().line(), Finding::ruleId)
        .containsExactly(
            tuple(".devops-kit.yml", 0, CoreRules.UNUSED_SUPPRESSION.id()),
            tuple("app/ci.test.yml", 3, FLAGGED),
            tuple("legacy/old.test.yml", 5, FLAGGED));
    assertThat(result.findings().first().location().path()).hasToString("suppressions[1]");
    assertThat(result.suppressed()).isEqualTo(1);
    assertThat(result.filesChecked()).isEqualTo(2);
  }

  @Test
  void should_write_and_read_a_baseline_and_report_stale_entries() throws IOException {
    write("a.test.yml", "x: bad\ny: bad\n");
    CheckResult first = pathCheck(Policy.defaults()).check(List.of(folder));
    assertThat(first.findings()).hasSize(2);
    Path baselineFile = folder.resolve("baseline.txt");
    Baseline.write(baselineFile, first.findingList());
    String text = Files.readString(baselineFile);
    assertThat(text).startsWith("# devops-kit baseline").contains(FLAGGED + " a.test.yml");
    assertThat(Baseline.read(baselineFile)).containsExactlyInAnyOrderElementsOf(
        first.findings().stream().map(Finding::fingerprint).toList());
    Policy withBaseline = Policy.builder().baseline(Baseline.read(baselineFile)).baselineOrigin("baseline.txt").build();
    CheckResult accepted = pathCheck(withBaseline).check(List.of(folder));
    assertThat(accepted.findings()).isEmpty();
    assertThat(accepted.suppressed()).isEqualTo(2);

    write("a.test.yml", "# moved down\nx: bad\nz: bad\n");
    CheckResult later = pathCheck(withBaseline).check(List.of(folder));
    assertThat(later.findings()).extracting(f -> f.location().file() + "@" + f.location().line() + " " + f.ruleId())
        .containsExactly("a.test.yml@3 " + FLAGGED, "baseline.txt@0 " + CoreRules.UNUSED_SUPPRESSION.id());
    assertThat(later.findings().last().message()).isEqualTo("1 baseline entries match no finding any more");
    assertThat(later.findings().last().severity()).isEqualTo(Severity.NOTE);
  }

  @Test
  void should_write_the_same_baseline_for_the_same_findings() throws IOException {
    write("a.test.yml", "x: bad\ny: bad\n");
    write("b.test.yml", "x: bad\n");
    List<Finding> findings = pathCheck(Policy.defaults()).check(List.of(folder)).findingList();
    List<Finding> reversed = new java.util.ArrayList<>(findings);
    java.util.Collections.reverse(reversed);
    assertThat(Baseline.write(reversed)).isEqualTo(Baseline.write(findings));
  }

  @Test
  void should_exclude_files_by_glob() throws IOException {
    write("fixtures/deep/x.test.yml", "a: bad\n");
    write("keep.test.yml", "a: bad\n");
    Policy policy = Policy.builder().addExclude("fixtures/**").build();
    assertThat(pathCheck(policy).check(List.of(folder)).findings()).extracting(f -> f.location().file())
        .containsExactly("keep.test.yml");
  }
}
