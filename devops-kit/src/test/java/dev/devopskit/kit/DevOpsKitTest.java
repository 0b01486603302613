package dev.devopskit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.Generation;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.project.Toolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevOpsKitTest {
  private static final Path NODE_EXAMPLE = Path.of("..", "examples", "node-prisma-app");

  @Test
  void should_detect_the_node_example_into_a_blueprint() {
    DevOpsKit.Setup setup = DevOpsKit.detect(NODE_EXAMPLE);

    Blueprint blueprint = setup.blueprint().orElseThrow();
    assertThat(blueprint.name()).isEqualTo("node-prisma-app");
    assertThat(blueprint.toolchain().packageManager()).isEqualTo(Toolchain.PackageManager.PNPM);
    assertThat(blueprint.database()).map(BackingService::kind).contains(BackingService.Kind.POSTGRESQL);
    assertThat(blueprint.healthCheck().port()).isEqualTo(3000);
    assertThat(blueprint.migrateCommand()).contains("pnpm exec prisma migrate deploy");
    assertThat(setup.findings()).isEmpty();
  }

  @Test
  void should_generate_once_and_change_nothing_on_the_second_run(@TempDir Path root) throws IOException {
    Blueprint blueprint = DevOpsKit.detect(NODE_EXAMPLE).blueprint().orElseThrow();

    Generation.Plan first = DevOpsKit.generate(blueprint, root, false);
    Generation.Plan second = DevOpsKit.generate(blueprint, root, false);

    assertThat(first.steps()).allMatch(s -> s.action() == Generation.Action.CREATE);
    assertThat(second.unchanged()).isTrue();
    assertThat(root.resolve("monitoring/alerts.yml")).exists();
    assertThat(root.resolve("scripts/backup.sh")).exists();
  }

  @Test
  void should_apply_the_descriptor_over_what_was_detected(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("package.json"), "{\"name\": \"shop\", \"scripts\": {\"lint\": \"eslint .\"}}");
    Files.writeString(root.resolve("devops.yaml"), "name: storefront\nservices:\n  - kind: postgresql\n"
        + "    version: \"15\"\nhealth:\n  path: /healthz\n  port: 8081\ntrunk: trunk\n");

    DevOpsKit.Setup setup = DevOpsKit.detect(root);

    Blueprint blueprint = setup.blueprint().orElseThrow();
    assertThat(setup.findings()).isEmpty();
    assertThat(blueprint.name()).isEqualTo("storefront");
    assertThat(blueprint.database().orElseThrow().version()).isEqualTo("15");
    assertThat(blueprint.healthCheck().path()).isEqualTo("/healthz");
    assertThat(blueprint.trunk()).isEqualTo("trunk");
  }

  @Test
  void should_report_unknown_descriptor_keys_at_their_line(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("package.json"), "{\"name\": \"shop\"}");
    Files.writeString(root.resolve("devops.yaml"), "name: shop\nregistyr: ghcr.io\n");

    DevOpsKit.Setup setup = DevOpsKit.detect(root);

    assertThat(setup.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("kit/unknown-key");
      assertThat(f.location().line()).isEqualTo(2);
      assertThat(f.message()).contains("did you mean 'registry'");
    });
  }

  @Test
  void should_write_every_file_inside_the_repository() {
    Blueprint blueprint = DevOpsKit.detect(NODE_EXAMPLE).blueprint().orElseThrow();

    List<GeneratedFile> files = DevOpsKit.files(blueprint);

    assertThat(files).extracting(GeneratedFile::path).doesNotHaveDuplicates()
        .contains("flags.yaml", "monitoring/alerts.yml", "monitoring/alerts.test.yml", "monitoring/blackbox.yml");
  }
}
