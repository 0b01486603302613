package dev.devopskit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import dev.devopskit.core.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The CLI has no package cycles and uses no module's internal packages. */
class ArchitectureTest {

  @Test
  void should_use_no_internal_package_of_a_library() {
    ArchitectureRules.checkNoInternalUseFromOutside("dev.devopskit.cli",
        ArchitectureRules.mainClasses("dev.devopskit.cli"));
  }

  @Test
  void should_write_to_the_command_line_streams_not_to_system_out() {
    // The CLI prints through picocli's writers so that tests and embedders capture everything; only main() exits.
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .allowEmptyShould(true).check(ArchitectureRules.mainClasses("dev.devopskit.cli"));
  }
}
