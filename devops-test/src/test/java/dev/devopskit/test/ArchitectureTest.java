package dev.devopskit.test;

import dev.devopskit.core.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void should_keep_the_library_architecture() {
    ArchitectureRules.checkLibrary("dev.devopskit.test");
  }
}
