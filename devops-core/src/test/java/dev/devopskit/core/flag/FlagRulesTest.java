package dev.devopskit.core.flag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.RuleDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FlagRulesTest {
  static final Clock DECEMBER_FIRST = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  private static final FeatureFlagsFormat FORMAT = new FeatureFlagsFormat();

  static List<Rule<? super FlagSet>> rules() {
    return FORMAT.rules();
  }

  @Test
  void should_document_every_rule() throws IOException {
    List<RuleInfo> infos = rules().stream().map(Rule::info).collect(Collectors.toList());
    infos.addAll(FORMAT.readerRules().stream().filter(r -> r.namespace().equals("flags")).toList());
    RuleDocs.assertDocumented(infos);
  }

  @Test
  void should_catch_expired_and_stale_flags_in_the_sample_repository() throws IOException {
    Path repository = Path.of("src/test/resources/sample-repository");
    Policy policy = Policy.builder().profile(Profile.TRUNK).clock(DECEMBER_FIRST).build();
    CheckResult result = PathCheck.of(Formats.installed(), policy).check(List.of(repository));
    List<String> found = result.findings().stream().map(FlagRulesTest::describe).sorted()
        .collect(Collectors.toList());
    assertThat(found).containsExactly(
        "flags.yaml:14 flags/expired",
        "flags.yaml:15 flags/unreferenced",
        "flags.yaml:18 flags/potentially-stale",
        "flags.yaml:2 flags/potentially-stale",
        "flags.yaml:7 flags/missing-owner",
        "src/app/cart.ts:3 flags/unknown-reference");
  }

  private static String describe(Finding f) {
    String file = f.location().file();
    int at = file.indexOf("sample-repository/");
    String relative = at < 0 ? file : file.substring(at + "sample-repository/".length());
    return relative + ":" + f.location().line() + " " + f.ruleId();
  }
}
