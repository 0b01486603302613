package dev.devopskit.maven;

import dev.devopskit.core.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void should_keep_the_library_architecture_and_use_no_other_module_internals() {
    ArchitectureRules.checkLibrary("dev.devopskit.maven");
    ArchitectureRules.checkNoForeignInternalUse("dev.devopskit.maven", java.util.List.of("dev.devopskit.core",
        "dev.devopskit.kit"));
  }
}
