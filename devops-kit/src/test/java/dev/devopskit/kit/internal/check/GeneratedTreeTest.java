package dev.devopskit.kit.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.kit.DevOpsKit;
import dev.devopskit.kit.check.RepositoryCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What devops-kit generates agrees with itself: no cross-file rule reports anything on a generated tree. */
class GeneratedTreeTest {
  private static final Path NODE_EXAMPLE = Path.of("..", "examples", "node-prisma-app");

  @Test
  void should_find_nothing_in_the_tree_generated_for_the_node_example(@TempDir Path root) throws IOException {
    Blueprint blueprint = DevOpsKit.detect(NODE_EXAMPLE).blueprint().orElseThrow();
    DevOpsKit.generate(blueprint, root, false);
    Files.createDirectories(root.resolve(".git"));

    CheckResult result = RepositoryCheck.of(Formats.installed(),
        Policy.builder().select(List.of("consistency/*")).build()).check(root);

    List<Finding> findings = result.findingList();
    if (!Files.exists(root.resolve("docs/devops/runbook.md"))) {
      // Until the runbook is generated, its links are the only thing allowed to be reported, and they must be.
      assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.ruleId()).as(f.toString())
          .isEqualTo("consistency/runbook-link"));
      return;
    }
    assertThat(findings.stream().map(Finding::toString).collect(Collectors.toList())).isEmpty();
  }
}
