package dev.devopskit.github.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.core.project.Toolchain.PackageManager;
import dev.devopskit.core.secret.SecretRef;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.github.rules.CostClass;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TrunkPipelineTest {
  /** Set -Dgolden.update=true to rewrite the golden files after an intended change. */
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static TrunkPipeline nodePnpmPostgres() {
    return TrunkPipeline.builder()
        .toolchain(Toolchain.node(PackageManager.PNPM))
        .addServices(BackingService.postgres("16"))
        .migrateCommand("pnpm exec prisma migrate deploy")
        .staging(DeployTarget.of("staging", "https://staging.shop.example.com"))
        .production(DeployTarget.of("production", "https://shop.example.com"))
        .deploy(DeployStep.command("./scripts/deploy.sh")
            .withSecrets(Map.of("DEPLOY_TOKEN", SecretRef.named("DEPLOY_TOKEN"))))
        .build();
  }

  static TrunkPipeline javaMavenPostgres() {
    return TrunkPipeline.builder()
        .toolchain(Toolchain.java(PackageManager.MAVEN))
        .addServices(BackingService.postgres("16"))
        .migrateCommand("./mvnw -B flyway:migrate -Dflyway.url=\"$DATABASE_URL\" -Dflyway.user=\"$DATABASE_USER\"")
        .staging(DeployTarget.of("staging", "https://staging.orders.example.com"))
        .production(DeployTarget.of("production", "https://orders.example.com"))
        .build();
  }

  static List<Object[]> presets() {
    return List.of(new Object[] {"node-pnpm-postgres", nodePnpmPostgres()},
        new Object[] {"java-maven-postgres", javaMavenPostgres()});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void should_match_the_committed_golden_files(String name, TrunkPipeline pipeline) throws IOException {
    Path root = GOLDEN.resolve(name).toAbsolutePath();
    java.nio.file.Files.createDirectories(root);
    List<String> drift = new ArrayList<>();
    for (GeneratedFile file : pipeline.files(WriteOptions.defaults())) {
      if (UPDATE) {
        file.write(root);
      }
      file.drift(root).ifPresent(drift::add);
    }
    assertThat(drift).as("golden files of " + name + " (rerun with -Dgolden.update=true after an intended change)")
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void should_have_no_findings_under_the_default_policy(String name, TrunkPipeline pipeline) {
    for (GeneratedFile file : pipeline.files(WriteOptions.defaults())) {
      Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of(file.path(), file.text()));
      java.util.Collection<Finding> findings = Policy.defaults().check(parsed, GitHubActions.format()).findings();
      assertThat(findings).as(file.path()).isEmpty();
      String oracleName = name + "-" + file.path().substring(file.path().lastIndexOf('/') + 1);
      Shared.oracleOutput("actionlint", oracleName, file.text());
      Shared.oracleOutput("schema/github-workflow", oracleName, file.text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void should_have_no_findings_under_the_strict_profile(String name, TrunkPipeline pipeline) {
    // the strict profile asks, among others, for a comment beside each permission the workflow grants
    for (GeneratedFile file : pipeline.files(WriteOptions.defaults())) {
      Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of(file.path(), file.text()));
      assertThat(Policy.of(dev.devopskit.core.check.Profile.STRICT).check(parsed, GitHubActions.format()).findings())
          .as(file.path()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void should_read_back_to_equal_workflows(String name, TrunkPipeline pipeline) {
    for (Workflow workflow : pipeline.workflows()) {
      Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of(GitHubActions.path(workflow),
          GitHubActions.text(workflow)));
      assertThat(parsed.value()).contains(workflow);
    }
  }

  @Test
  void should_cover_every_toolchain_without_findings() {
    for (PackageManager manager : PackageManager.values()) {
      Toolchain toolchain = manager.language() == Toolchain.Language.NODE ? Toolchain.node(manager)
          : Toolchain.java(manager);
      TrunkPipeline pipeline = TrunkPipeline.builder().toolchain(toolchain).addServices(BackingService.postgres("16"))
          .addExtraStages(PipelineStage.of("audit", "Dependency audit", "echo audit", CostClass.LINT))
          .build();
      for (GeneratedFile file : pipeline.files(WriteOptions.defaults())) {
        Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of(file.path(), file.text()));
        assertThat(Policy.defaults().check(parsed, GitHubActions.format()).findings())
            .as(manager + " " + file.path()).isEmpty();
        String oracleName = "trunk-" + manager.label() + "-" + file.path().substring(file.path().lastIndexOf('/') + 1);
        Shared.oracleOutput("actionlint", oracleName, file.text());
        Shared.oracleOutput("schema/github-workflow", oracleName, file.text());
      }
    }
  }

  @Test
  void should_place_extra_stages_by_cost_and_let_commands_be_overridden() {
    TrunkPipeline pipeline = TrunkPipeline.builder()
        .toolchain(Toolchain.node(PackageManager.NPM).withCommands(Toolchain.Commands.builder()
            .lint("npm run lint:ci").unitTest("npm test").build()))
        .addExtraStages(PipelineStage.of("e2e", "End-to-end tests", "npx playwright test", CostClass.INTEGRATION_TEST))
        .build();
    Workflow ci = pipeline.ci();
    assertThat(ci.jobs().keySet()).containsExactly("lint", "unit-test", "e2e", "build", "deploy-staging");
    assertThat(ci.jobs().get("e2e").needs()).containsExactly("unit-test");
    assertThat(ci.jobs().get("build").needs()).containsExactly("e2e");
    assertThat(ci.jobs().get("lint").steps().get(ci.jobs().get("lint").steps().size() - 1).run())
        .isEqualTo(Optional.of("npm run lint:ci"));
  }
}
