package dev.devopskit.core;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.testing.ArchitectureRules;
import dev.devopskit.core.testing.RuleDocs;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** devops-core keeps the project's architecture, and every core rule has its documentation page. */
class ArchitectureTest {

  @Test
  void should_keep_the_library_architecture() {
    ArchitectureRules.checkLibrary("dev.devopskit.core");
  }

  @Test
  void should_document_every_core_rule() throws IOException {
    RuleDocs.assertDocumented(CoreRules.all());
  }
}
