package dev.devopskit.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.testing.ArchitectureRules;
import dev.devopskit.core.testing.RuleDocs;
import dev.devopskit.test.fixtures.RuleFixtures;
import dev.devopskit.database.migration.MigrationFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void should_find_expected_lines_in_every_rule_fixture() throws IOException {
    int fixtures = 0;
    for (Rule<? super MigrationFile> rule : Migrations.rules()) {
      fixtures += RuleFixtures.check(Migrations.format(), rule);
    }
    assertThat(fixtures).isGreaterThanOrEqualTo(10);
  }

  @Test
  void should_document_every_rule() throws IOException {
    List<RuleInfo> infos = new ArrayList<>();
    Migrations.rules().forEach(r -> infos.add(r.info()));
    infos.addAll(dev.devopskit.database.rules.MigrationRules.readerRules());
    RuleDocs.assertDocumented(infos);
  }

  @Test
  void should_keep_the_architecture() {
    ArchitectureRules.checkLibrary("dev.devopskit.database");
  }
}
