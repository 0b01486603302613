package dev.devopskit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.testing.RuleDocs;
import dev.devopskit.test.fixtures.RuleFixtures;
import dev.devopskit.observability.alerting.RuleFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the format meets its fixtures and is documented, and so are the reader's rules. */
class RulesTest {
  private static final PrometheusRulesFormat FORMAT = new PrometheusRulesFormat();

  @Test
  void should_meet_every_rule_fixture() throws IOException {
    int fixtures = 0;
    for (Rule<? super RuleFile> rule : FORMAT.rules()) {
      fixtures += RuleFixtures.check(FORMAT, rule);
    }
    assertThat(fixtures).isGreaterThanOrEqualTo(10);
  }

  @Test
  void should_document_every_rule() throws IOException {
    List<RuleInfo> rules = new ArrayList<>();
    FORMAT.rules().forEach(r -> rules.add(r.info()));
    rules.add(PrometheusRulesFormat.SYNTAX);
    rules.add(PrometheusRulesFormat.UNKNOWN_KEY);
    RuleDocs.assertDocumented(rules);
  }
}
