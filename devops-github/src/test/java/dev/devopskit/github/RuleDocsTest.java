package dev.devopskit.github;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.testing.RuleDocs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDocsTest {
  @Test
  void should_document_every_rule_of_the_format() throws IOException {
    List<RuleInfo> rules = new ArrayList<>();
    GitHubActions.format().readerRules().stream().filter(r -> r.namespace().equals("github")).forEach(rules::add);
    for (Rule<?> rule : GitHubActions.format().rules()) {
      rules.add(rule.info());
    }
    RuleDocs.assertDocumented(rules);
  }
}
