package dev.devopskit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFactsTest {

  @Test
  void should_detect_a_node_pnpm_prisma_project_with_its_scripts(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("package.json"), "{\"name\": \"@acme/shop\", \"scripts\": {\"lint\": \"eslint .\","
        + " \"typecheck\": \"tsc --noEmit\", \"test\": \"vitest run\", \"test:integration\": \"vitest -c int\","
        + " \"build\": \"tsc -p .\"}, \"devDependencies\": {\"typescript\": \"5.6.0\"}}");
    Files.writeString(root.resolve("pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
    Files.writeString(root.resolve(".nvmrc"), "v22.11.0\n");
    Files.createDirectories(root.resolve("prisma"));
    Files.writeString(root.resolve("prisma/schema.prisma"),
        "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n");

    ProjectFacts facts = ProjectFacts.detect(root);

    assertThat(facts.name()).isEqualTo("shop");
    Toolchain toolchain = facts.toolchain().orElseThrow();
    assertThat(toolchain.packageManager()).isEqualTo(Toolchain.PackageManager.PNPM);
    assertThat(toolchain.version()).isEqualTo("22");
    assertThat(toolchain.commands().lint()).contains("pnpm run lint");
    assertThat(toolchain.commands().typeCheck()).contains("pnpm run typecheck");
    assertThat(toolchain.commands().unitTest()).contains("pnpm run test");
    assertThat(toolchain.commands().integrationTest()).contains("pnpm run test:integration");
    assertThat(facts.services()).extracting(BackingService::kind).containsExactly(BackingService.Kind.POSTGRESQL);
    assertThat(facts.migrationTool()).contains(ProjectFacts.MigrationTool.PRISMA);
    assertThat(facts.migrateCommand()).contains("pnpm exec prisma migrate deploy");
    assertThat(facts.evidence()).extracting(Evidence::source).contains("pnpm-lock.yaml", "prisma/schema.prisma");
  }

  @Test
  void should_detect_a_maven_project_with_flyway_and_postgres(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("pom.xml"), "<project><parent><artifactId>spring-boot</artifactId></parent>"
        + "<artifactId>orders</artifactId><properties><java.version>21</java.version></properties><dependencies>"
        + "<dependency><artifactId>postgresql</artifactId></dependency>"
        + "<dependency><artifactId>flyway-core</artifactId></dependency></dependencies></project>");
    Files.createDirectories(root.resolve("src/main/resources/db/migration"));

    ProjectFacts facts = ProjectFacts.detect(root);

    assertThat(facts.name()).isEqualTo("orders");
    assertThat(facts.toolchain().orElseThrow().packageManager()).isEqualTo(Toolchain.PackageManager.MAVEN);
    assertThat(facts.toolchain().orElseThrow().version()).isEqualTo("21");
    assertThat(facts.migrationTool()).contains(ProjectFacts.MigrationTool.FLYWAY);
    assertThat(facts.migrationsFolder()).contains("src/main/resources/db/migration");
    assertThat(facts.migrateCommand()).contains("./mvnw -B flyway:migrate");
  }

  @Test
  void should_detect_the_database_from_node_drivers_and_mysql_from_prisma(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("package.json"), "{\"name\": \"api\", \"dependencies\": {\"mysql2\": \"3.11.0\"}}");

    assertThat(ProjectFacts.detect(root).services()).extracting(BackingService::kind)
        .containsExactly(BackingService.Kind.MYSQL);
    assertThat(ProjectFacts.detect(root).evidence()).extracting(Evidence::fact)
        .contains("database: MySQL (dependency mysql2)");

    Files.writeString(root.resolve("package.json"), "{\"name\": \"api\", \"dependencies\": {\"pg\": \"8.13.0\"}}");
    assertThat(ProjectFacts.detect(root).services()).extracting(BackingService::kind)
        .containsExactly(BackingService.Kind.POSTGRESQL);

    Files.writeString(root.resolve("package.json"), "{\"name\": \"api\"}");
    Files.createDirectories(root.resolve("prisma"));
    Files.writeString(root.resolve("prisma/schema.prisma"), "datasource db {\n  provider = \"mysql\"\n}\n");
    assertThat(ProjectFacts.detect(root).services()).extracting(BackingService::image).containsExactly("mysql:8.4");
  }

  @Test
  void should_report_nothing_for_an_empty_or_broken_checkout(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("package.json"), "{ not json");

    ProjectFacts facts = ProjectFacts.detect(root);

    assertThat(facts.toolchain()).isEmpty();
    assertThat(facts.services()).isEmpty();
  }
}
