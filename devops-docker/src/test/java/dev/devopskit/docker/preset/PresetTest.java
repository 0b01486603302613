package dev.devopskit.docker.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.project.Toolchain.Language;
import dev.devopskit.core.project.Toolchain.PackageManager;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.Dockerfiles;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.DotEnv;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.rules.ComposeRules;
import dev.devopskit.docker.rules.DockerfileRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The presets give no findings from the module's own rules, and read back equal. */
class PresetTest {

  private static <T> List<Finding> check(T value, List<Rule<? super T>> rules) {
    List<Finding> findings = new ArrayList<>();
    for (Rule<? super T> rule : rules) {
      RuleContext context = RuleContext.forValue(rule.info());
      rule.check(value, context);
      findings.addAll(context.findings());
    }
    return findings;
  }

  private static void assertCleanDockerfile(Dockerfile file) {
    assertThat(check(file, DockerfileRules.all())).isEmpty();
    String text = Dockerfiles.text(file, WriteOptions.noHeader());
    Parsed<Dockerfile> read = Dockerfiles.read(SourceFile.of("Dockerfile", text));
    assertThat(read.findings()).isEmpty();
    assertThat(read.value()).contains(file);
    assertThat(check(read.value().get(), DockerfileRules.all())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = PackageManager.class, names = {"MAVEN", "GRADLE"})
  void java_images_are_clean(PackageManager tool) {
    assertCleanDockerfile(JavaImage.builder().buildTool(tool).build().dockerfile());
    assertCleanDockerfile(JavaImage.builder().buildTool(tool).javaVersion(17).port(8081).healthPath("/health")
        .layered(false).build().dockerfile());
  }

  @ParameterizedTest
  @EnumSource(value = PackageManager.class, names = {"NPM", "PNPM", "YARN"})
  void node_images_are_clean(PackageManager manager) {
    assertCleanDockerfile(NodeImage.of(manager).dockerfile());
  }

  @Test
  void should_reject_a_package_manager_of_the_other_language_naming_the_allowed_ones() {
    assertThatThrownBy(() -> NodeImage.of(PackageManager.MAVEN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("packageManager must be npm, pnpm or yarn for a Node image, got maven");
    assertThatThrownBy(() -> JavaImage.builder().buildTool(PackageManager.NPM).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("buildTool must be maven or gradle for a Java image, got npm");
  }

  @Test
  void java_image_is_written_in_the_house_style() {
    String text = Dockerfiles.text(JavaImage.maven().dockerfile(), WriteOptions.noHeader());
    assertThat(text).startsWith("# syntax=docker/dockerfile:1\n\nFROM maven:3.9-eclipse-temurin-21 AS build\n")
        .contains("\n\nFROM eclipse-temurin:21-jre AS runtime\n")
        .contains("USER 10001\n")
        .contains("ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"app.jar\"]\n");
  }

  @ParameterizedTest
  @EnumSource(LocalStack.Database.class)
  void local_stacks_are_clean_and_valid_compose(LocalStack.Database database) {
    for (LocalStack.Flavor flavor : LocalStack.Flavor.values()) {
      LocalStack stack = LocalStack.of("shop", 8080, database, flavor);
      ComposeFile file = stack.compose();
      assertThat(check(file, ComposeRules.all())).isEmpty();
      String yaml = Compose.text(file, WriteOptions.noHeader());
      Shared.oracleOutput("schema/compose-spec", "preset-" + database.name().toLowerCase() + "-"
          + flavor.name().toLowerCase() + ".yml", yaml);
      Parsed<ComposeFile> read = Compose.read(SourceFile.of("docker-compose.yml", yaml));
      assertThat(read.findings()).isEmpty();
      assertThat(read.value()).contains(file);
      assertThat(yaml).doesNotContain("version:").contains("max-size: 10m");
      DotEnv env = DotEnv.parse(stack.envExample());
      for (Compose.VariableUse use : Compose.variables(file)) {
        assertThat(env.defines(use.variable().name())).as(use.variable().name()).isTrue();
      }
    }
  }

  @Test
  void a_policy_checks_values_built_in_java_through_the_installed_formats() {
    assertThat(dev.devopskit.core.policy.Policy.defaults().check(JavaImage.maven().dockerfile()).findings()).isEmpty();
    assertThat(dev.devopskit.core.policy.Policy.defaults().check(LocalStack.of("shop", 8080,
        LocalStack.Database.POSTGRES, LocalStack.Flavor.SPRING).compose()).findings()).isEmpty();
    Dockerfile single = Dockerfile.of(dev.devopskit.docker.Dockerfiles.stage().from("node").run("npm run build")
        .cmd("node", "dist/server.js").build());
    assertThat(dev.devopskit.core.policy.Policy.defaults().check(single).findings())
        .extracting(Finding::ruleId).containsExactly("docker/pinned-base-image");
    assertThat(dev.devopskit.core.policy.Policy.of(dev.devopskit.core.check.Profile.TRUNK).check(single).findings())
        .extracting(Finding::ruleId).contains("docker/multi-stage", "docker/pinned-base-image", "docker/non-root-user");
    // Without CMD it is a builder image: no service runs from it, so only the base image is judged.
    Dockerfile builder = Dockerfile.of(dev.devopskit.docker.Dockerfiles.stage().from("node").run("npm run build")
        .build());
    assertThat(dev.devopskit.core.policy.Policy.of(dev.devopskit.core.check.Profile.TRUNK).check(builder).findings())
        .extracting(Finding::ruleId).containsExactly("docker/pinned-base-image");
  }

  @Test
  void postgres_stack_waits_for_a_healthy_database() {
    String yaml = Compose.text(LocalStack.of("shop", 8080, LocalStack.Database.POSTGRES,
        LocalStack.Flavor.DATABASE_URL).compose(), WriteOptions.noHeader());
    assertThat(yaml).contains("condition: service_healthy").contains("image: postgres:17-alpine")
        .contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}").contains("pg_isready");
  }

  @Test
  void dockerignore_leaves_out_secrets_and_build_output() {
    var ignore = LocalStack.dockerIgnore();
    assertThat(ignore.excludes(".env")).isTrue();
    assertThat(ignore.excludes(".env.local")).isTrue();
    assertThat(ignore.excludes(".env.example")).isFalse();
    assertThat(ignore.excludes("certs/server.key")).isTrue();
    assertThat(ignore.excludes("target/app.jar")).isTrue();
    assertThat(ignore.excludes(".git/config")).isTrue();
    assertThat(ignore.excludes("src/Main.java")).isFalse();
    assertThat(Dockerfiles.readIgnore(SourceFile.of(".dockerignore", Dockerfiles.text(ignore))).value())
        .contains(ignore);
  }

  @Test
  void setup_takes_toolchain_package_manager_database_and_name_from_project_facts() {
    dev.devopskit.core.project.ProjectFacts facts = dev.devopskit.core.project.ProjectFacts.builder()
        .name("Web Shop").toolchain(dev.devopskit.core.project.Toolchain.node(
            dev.devopskit.core.project.Toolchain.PackageManager.PNPM))
        .addService(dev.devopskit.core.project.BackingService.mysql("8.4")).build();
    DockerSetup.Detected detected = DockerSetup.inspect(facts);
    assertThat(detected.language()).contains(Language.NODE);
    assertThat(detected.packageManager()).contains(PackageManager.PNPM);
    assertThat(detected.database()).isEqualTo(LocalStack.Database.MYSQL);
    assertThat(detected.name()).isEqualTo("web-shop");
    DockerSetup setup = DockerSetup.detect(facts.withToolchain(dev.devopskit.core.project.Toolchain.java(
        dev.devopskit.core.project.Toolchain.PackageManager.GRADLE)).withServices(List.of())).orElseThrow();
    assertThat(setup.packageManager()).isEqualTo(PackageManager.GRADLE);
    assertThat(setup.language()).isEqualTo(Language.JAVA);
    assertThat(setup.database()).isEqualTo(LocalStack.Database.NONE);
    assertThat(setup.port()).isEqualTo(8080);
    assertThat(DockerSetup.detect(dev.devopskit.core.project.ProjectFacts.builder().name("x").build())).isEmpty();
  }

  @Test
  void presets_are_values_whose_builders_default_to_the_static_factories() {
    assertThat(JavaImage.builder().build()).isEqualTo(JavaImage.maven());
    assertThat(JavaImage.builder().buildTool(PackageManager.GRADLE).build()).isEqualTo(JavaImage.gradle());
    assertThat(JavaImage.maven().withPort(8081).port()).isEqualTo(8081);
    assertThat(JavaImage.maven().withLayered(false).withHealthPath("/health").dockerfile())
        .isEqualTo(JavaImage.builder().layered(false).healthPath("/health").build().dockerfile());
    NodeImage node = NodeImage.builder().packageManager(PackageManager.PNPM).build();
    assertThat(node).isEqualTo(NodeImage.of(PackageManager.PNPM));
    assertThat(List.of(node.nodeVersion(), node.port())).containsExactly(22, 3000);
    assertThat(node.main()).isEqualTo("dist/index.js");
    assertThat(Dockerfiles.text(node.withMain("build/server.js").dockerfile(), WriteOptions.noHeader()))
        .contains("ENTRYPOINT [\"node\", \"build/server.js\"]");
    assertThat(LocalStack.builder().name("shop").build())
        .isEqualTo(LocalStack.of("shop", 8080, LocalStack.Database.NONE, LocalStack.Flavor.SPRING));
    assertThat(LocalStack.builder().name("shop").database(LocalStack.Database.MYSQL).build().compose().services())
        .containsKeys("app", "db");
  }

  @Test
  void presets_reject_bad_settings_naming_the_setting_and_the_fix() {
    assertThatThrownBy(() -> JavaImage.builder().javaVersion(11).build())
        .hasMessage("javaVersion must be 17 or later, got 11");
    assertThatThrownBy(() -> JavaImage.maven().withPort(70000)).hasMessage("port must be 1 to 65535, got 70000");
    assertThatThrownBy(() -> NodeImage.of(PackageManager.NPM).withHealthPath("health"))
        .hasMessage("healthPath must start with '/', like /health");
    assertThatThrownBy(() -> NodeImage.builder().packageManager(PackageManager.NPM).nodeVersion(16).build())
        .hasMessage("nodeVersion must be 18 or later, got 16");
    assertThatThrownBy(() -> LocalStack.builder().name("Shop").build())
        .hasMessage("project name 'Shop' must be lower-case letters, digits, '-' and '_', like 'shop'");
    assertThatThrownBy(() -> NodeImage.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("packageManager");
  }
}
