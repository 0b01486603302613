package dev.devopskit.flags;

import dev.devopskit.core.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** devops-flags keeps the project's architecture: core below it, no target module. */
class ArchitectureTest {

  @Test
  void should_follow_the_library_architecture() {
    ArchitectureRules.checkLibrary("dev.devopskit.flags");
  }
}
