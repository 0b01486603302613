package dev.devopskit.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.RuleDocs;
import dev.devopskit.test.fixtures.RuleFixtures;
import dev.devopskit.docs.RunbookFormat;
import dev.devopskit.docs.runbook.Runbook;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookRulesTest {
  private static final RunbookFormat FORMAT = new RunbookFormat();
  private static final Policy FIXED = Policy.builder()
      .clock(Clock.fixed(Instant.parse("2024-05-12T09:00:00Z"), ZoneOffset.UTC)).build();

  @Test
  void should_pass_every_fixture_with_the_expected_lines() throws IOException {
    int fixtures = 0;
    for (Rule<? super Runbook> rule : RunbookRules.all()) {
      fixtures += RuleFixtures.check(FORMAT, rule, FIXED);
    }
    assertThat(fixtures).isGreaterThanOrEqualTo(2 * RunbookRules.all().size());
  }

  @Test
  void should_document_every_rule() throws IOException {
    List<RuleInfo> infos = new ArrayList<>();
    RunbookRules.all().forEach(r -> infos.add(r.info()));
    infos.add(RunbookRules.SYNTAX);
    infos.add(RunbookRules.FRONT_MATTER);
    RuleDocs.assertDocumented(infos);
  }
}
