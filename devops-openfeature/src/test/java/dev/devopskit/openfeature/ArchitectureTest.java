package dev.devopskit.openfeature;

import dev.devopskit.core.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void should_follow_the_library_architecture() {
    ArchitectureRules.checkLibrary("dev.devopskit.openfeature");
  }
}
