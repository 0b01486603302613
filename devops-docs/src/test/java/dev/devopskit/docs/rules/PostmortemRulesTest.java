package dev.devopskit.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.RuleDocs;
import dev.devopskit.test.fixtures.RuleFixtures;
import dev.devopskit.docs.PostmortemFormat;
import dev.devopskit.docs.postmortem.Postmortem;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmortemRulesTest {
  private static final PostmortemFormat FORMAT = new PostmortemFormat();
  private static final Policy FIXED = Policy.builder()
      .clock(Clock.fixed(Instant.parse("2024-05-12T09:00:00Z"), ZoneOffset.UTC)).build();

  @Test
  void should_pass_every_fixture_with_the_expected_lines() throws IOException {
    int fixtures = 0;
    for (Rule<? super Postmortem> rule : PostmortemRules.all()) {
      fixtures += RuleFixtures.check(FORMAT, rule, FIXED);
    }
    assertThat(fixtures).isGreaterThanOrEqualTo(2 * PostmortemRules.all().size());
  }

  @Test
  void should_document_every_rule() throws IOException {
    List<RuleInfo> infos = new ArrayList<>();
    PostmortemRules.all().forEach(r -> infos.add(r.info()));
    infos.add(PostmortemRules.SYNTAX);
    RuleDocs.assertDocumented(infos);
  }
}
