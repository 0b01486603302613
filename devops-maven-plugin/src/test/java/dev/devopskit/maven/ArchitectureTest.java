package dev.devopskit.maven;

import dev.devopskit.core.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void should_keep_the_library_architecture_and_use_no_other_module_internals() {
    // checkLibrary includes checkNoInternalUseFromOutside: no other module's internal package is used.
    ArchitectureRules.checkLibrary("dev.devopskit.maven");
  }
}
