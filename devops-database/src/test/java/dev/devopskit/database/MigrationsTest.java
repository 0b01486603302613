package dev.devopskit.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.test.fixtures.RuleFixtures;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.migration.MigrationKind;
import dev.devopskit.database.migration.MigrationSet;
import dev.devopskit.database.migration.MigrationTool;
import dev.devopskit.database.rules.Idempotent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  private static final Path FOLDERS = Path.of("src/test/resources/folders");

  @Test
  void should_claim_migration_paths_through_the_service_loader() {
    Formats formats = Formats.installed();
    assertThat(formats.forPath("src/main/resources/db/migration/V1_2__init.sql")).get()
        .extracting(f -> f.name()).isEqualTo("sql-migration");
    assertThat(formats.forPath("prisma/migrations/20240101000000_init/migration.sql")).isPresent();
    assertThat(formats.forPath("db/migrations/0001_init.up.sql")).isPresent();
    assertThat(formats.forPath("scripts/report.sql")).isEmpty();
    assertThat(formats.forFile("db/changelog.sql", "--liquibase formatted sql\n--changeset a:1\n")).get()
        .extracting(f -> f.name()).isEqualTo("sql-migration");
  }

  @Test
  void should_read_names_of_each_tool() {
    MigrationFile flyway = read("db/migration/V1_2__add_users.sql", "SELECT 1;");
    assertThat(flyway.tool()).isEqualTo(MigrationTool.FLYWAY);
    assertThat(flyway.versionNumbers()).containsExactly(1L, 2L);
    assertThat(flyway.description()).isEqualTo("add users");
    assertThat(read("db/migration/U1_2__add_users.sql", "").kind()).isEqualTo(MigrationKind.DOWN);
    assertThat(read("db/migration/R__views.sql", "").kind()).isEqualTo(MigrationKind.REPEATABLE);
    MigrationFile prisma = read("prisma/migrations/20240101000000_init/down.sql", "");
    assertThat(prisma.tool()).isEqualTo(MigrationTool.PRISMA);
    assertThat(prisma.kind()).isEqualTo(MigrationKind.DOWN);
    assertThat(prisma.version()).contains("20240101000000");
    MigrationFile paired = read("migrations/0001_create-users_up.sql", "");
    assertThat(paired.tool()).isEqualTo(MigrationTool.UP_DOWN);
    assertThat(paired.version()).contains("0001");
  }

  @Test
  void should_read_liquibase_changesets_with_rollbacks_and_attributes() {
    MigrationFile file = read("changelog.sql", "--liquibase formatted sql\n\n--changeset alice:1 splitStatements:false\n"
        + "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n--rollback DROP TABLE b;\n--rollback DROP TABLE a;\n"
        + "--changeset bob:2\nINSERT INTO a VALUES (1);\n");
    assertThat(file.tool()).isEqualTo(MigrationTool.LIQUIBASE);
    assertThat(file.changesets()).hasSize(2);
    assertThat(file.changesets().get(0).statements()).hasSize(1);
    assertThat(file.changesets().get(0).attributes()).containsEntry("splitStatements", "false");
    assertThat(file.changesets().get(0).rollback()).contains("DROP TABLE b;\nDROP TABLE a;");
    assertThat(file.changesets().get(0).rollbackLine()).contains(6);
    assertThat(file.changesets().get(1).statements().get(0).line()).isEqualTo(9);
  }

  @Test
  void should_report_an_unclosed_string_as_a_finding_not_an_exception() {
    Parsed<MigrationFile> parsed = Migrations.read(SourceFile.of("V1__x.sql", "SELECT 1;\nSELECT 'oops;\n"));
    assertThat(parsed.value()).isPresent();
    assertThat(parsed.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("migrations/syntax");
      assertThat(f.location().line()).isEqualTo(2);
    });
  }

  @Test
  void should_find_missing_undo_duplicate_and_gapped_versions_in_a_folder() throws IOException {
    MigrationSet set = Migrations.readFolder(FOLDERS.resolve("flyway"));
    assertThat(set.files()).hasSize(5);
    CheckResult result = Migrations.check(set);
    List<String> hits = hits(result, "migrations/reversible", "migrations/ordering");
    assertThat(hits).containsExactly(
        "migrations/ordering V2__orders.sql:1",
        "migrations/ordering V2__users.sql:1",
        "migrations/reversible V2__orders.sql:1",
        "migrations/reversible V2__users.sql:1",
        "migrations/reversible V4__refunds.sql:1");
    dev.devopskit.core.policy.Policy gaps = dev.devopskit.core.policy.Policy.defaults()
        .withOptions(java.util.Map.of("migrations/ordering", java.util.Map.of("gaps", true)));
    assertThat(hits(Migrations.check(set, gaps), "migrations/ordering"))
        .contains("migrations/ordering V4__refunds.sql:1");
  }

  @Test
  void should_judge_versioned_migrations_only_when_the_policy_asks() throws IOException {
    Path file = Path.of("src/test/resources/migrations/idempotent/V1__unguarded.sql");
    Policy trunk = Policy.of(Profile.TRUNK);
    Policy asked = trunk.withOptions(Map.of("migrations/idempotent", Map.of("versioned", true)));
    Idempotent rule = new Idempotent();
    assertThat(RuleFixtures.lines(Migrations.format(), rule, trunk, file)).isEmpty();
    assertThat(RuleFixtures.lines(Migrations.format(), rule, asked, file))
        .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  }

  @Test
  void should_know_pop_folders_by_their_file_names(@TempDir Path dir) throws IOException {
    String index = "CREATE INDEX identities_external_id_idx ON identities (external_id);\n";
    Files.writeString(dir.resolve("20250708190000000001_identities_external_id_index.up.sql"), index);
    Policy trunk = Policy.of(Profile.TRUNK);
    assertThat(hits(Migrations.check(Migrations.readFolder(dir), trunk), "migrations/concurrent-index"))
        .as("alone, the file may be golang-migrate's, which runs a one-statement file outside a transaction")
        .containsExactly("migrations/concurrent-index 20250708190000000001_identities_external_id_index.up.sql:1");
    Files.writeString(dir.resolve("20150100000001000000_networks.postgres.up.sql"),
        "CREATE TABLE networks (id uuid);\n");
    assertThat(hits(Migrations.check(Migrations.readFolder(dir), trunk), "migrations/concurrent-index"))
        .as("a per-database file name makes the folder pop's, which wraps every migration in a transaction").isEmpty();
  }

  @Test
  void should_not_ask_prisma_migrations_for_a_down_sql_that_prisma_never_applies() throws IOException {
    MigrationSet set = Migrations.readFolder(FOLDERS.resolve("prisma/migrations"));
    assertThat(set.files()).extracting(MigrationFile::path).anyMatch(p -> p.endsWith("02_posts/migration.sql"));
    CheckResult result = Migrations.check(set, Policy.of(Profile.TRUNK));
    assertThat(hits(result, "migrations/reversible")).isEmpty();
  }

  @Test
  void should_not_ask_a_forward_only_folder_for_down_files_unless_the_policy_asks(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE IF NOT EXISTS a (id int);\n");
    Files.writeString(dir.resolve("V2__orders.sql"), "CREATE TABLE IF NOT EXISTS orders (id int);\n");
    Files.writeString(dir.resolve("000001_users.up.sql"), "CREATE TABLE IF NOT EXISTS users (id int);\n");
    Policy trunk = Policy.of(Profile.TRUNK);
    assertThat(hits(Migrations.check(Migrations.readFolder(dir), trunk), "migrations/reversible"))
        .as("no undo or down file at all: the team rolls back with new migrations").isEmpty();
    Policy everyFolder = trunk.withOptions(Map.of("migrations/reversible", Map.of("every-folder", true)));
    assertThat(hits(Migrations.check(Migrations.readFolder(dir), everyFolder), "migrations/reversible"))
        .containsExactly("migrations/reversible 000001_users.up.sql:1", "migrations/reversible V1__init.sql:1",
            "migrations/reversible V2__orders.sql:1");
    Files.writeString(dir.resolve("U1__init.sql"), "DROP TABLE IF EXISTS a;\n");
    assertThat(hits(Migrations.check(Migrations.readFolder(dir), trunk), "migrations/reversible"))
        .as("once the folder keeps undo files, the Flyway migration without one is the odd one out")
        .containsExactly("migrations/reversible V2__orders.sql:1");
  }

  @Test
  void should_report_an_applied_migration_that_was_edited(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE IF NOT EXISTS a (id int);\n");
    Files.writeString(dir.resolve("U1__init.sql"), "DROP TABLE IF EXISTS a;\n");
    Files.writeString(dir.resolve("migrations.sum"), Migrations.checksums(Migrations.readFolder(dir)));
    assertThat(hits(Migrations.check(Migrations.readFolder(dir)), "migrations/ordering")).isEmpty();
    Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE IF NOT EXISTS a (id bigint);\n");
    assertThat(hits(Migrations.check(Migrations.readFolder(dir)), "migrations/ordering"))
        .containsExactly("migrations/ordering V1__init.sql:1");
  }

  @Test
  void should_see_the_folder_when_checking_a_file_on_disk() throws IOException {
    Path file = FOLDERS.resolve("flyway/V4__refunds.sql");
    Parsed<MigrationFile> parsed = Migrations.read(SourceFile.of(file.toString().replace('\\', '/'),
        Files.readString(file)));
    assertThat(parsed.value().get().folder()).isPresent();
    CheckResult result = dev.devopskit.core.policy.Policy.of(dev.devopskit.core.check.Profile.TRUNK)
        .withOptions(java.util.Map.of("migrations/ordering", java.util.Map.of("gaps", true)))
        .check(parsed, Migrations.format());
    assertThat(hits(result, "migrations/reversible", "migrations/ordering"))
        .containsExactly("migrations/ordering V4__refunds.sql:1", "migrations/reversible V4__refunds.sql:1");
  }

  @Test
  void should_read_a_folder_again_when_one_of_its_files_changed(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("V1__init.sql");
    Files.writeString(first, "CREATE TABLE a (id int);\n");
    Files.writeString(dir.resolve("V2__more.sql"), "CREATE TABLE b (id int);\n");
    String path = first.toString().replace('\\', '/');
    assertThat(folderTexts(path)).containsExactly("CREATE TABLE a (id int);\n", "CREATE TABLE b (id int);\n");
    assertThat(folderTexts(path)).containsExactly("CREATE TABLE a (id int);\n", "CREATE TABLE b (id int);\n");
    Files.writeString(dir.resolve("V2__more.sql"), "CREATE TABLE b (id bigint);\n");
    Files.writeString(dir.resolve("V3__last.sql"), "SELECT 1;\n");
    assertThat(folderTexts(path)).containsExactly("CREATE TABLE a (id int);\n", "CREATE TABLE b (id bigint);\n",
        "SELECT 1;\n");
  }

  private static List<String> folderTexts(String path) throws IOException {
    Parsed<MigrationFile> parsed = Migrations.read(SourceFile.of(path, Files.readString(Path.of(path))));
    return parsed.value().get().folder().get().files().stream().map(MigrationFile::text).collect(Collectors.toList());
  }

  @Test
  void should_say_which_command_applies_a_folder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
    Files.writeString(dir.resolve("src/main/resources/db/migration/V1__init.sql"), "SELECT 1;\n");
    Path flyway = dir.resolve("src/main/resources/db/migration");
    assertThat(Migrations.applyCommand(flyway).get().command()).isEqualTo("flyway -locations=filesystem:. migrate");
    Files.writeString(dir.resolve("pom.xml"), "<project><artifactId>flyway-maven-plugin</artifactId></project>");
    Files.writeString(dir.resolve("mvnw"), "");
    ApplyCommand maven = Migrations.applyCommand(flyway).get();
    assertThat(maven.command()).isEqualTo("./mvnw -B flyway:migrate");
    assertThat(maven.workingDirectory()).isEqualTo("../../../../..");
    assertThat(Migrations.applyCommand(FOLDERS.resolve("prisma/migrations")).get().command())
        .isEqualTo("npx prisma migrate deploy");
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(dir.resolve("db/changelog.sql"), "--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n");
    assertThat(Migrations.applyCommand(dir.resolve("db")).get().command()).startsWith("liquibase update "
        + "--changelog-file=changelog.sql");
    Files.createDirectories(dir.resolve("empty"));
    assertThat(Migrations.applyCommand(dir.resolve("empty"))).isEmpty();
  }

  private static MigrationFile read(String path, String text) {
    return Migrations.read(SourceFile.of(path, text)).value().orElseThrow();
  }

  private static List<String> hits(CheckResult result, String... rules) {
    List<String> wanted = List.of(rules);
    return result.findingList().stream().filter(f -> wanted.contains(f.ruleId()))
        .map(f -> f.ruleId() + " " + name(f) + ":" + f.location().line()).sorted().collect(Collectors.toList());
  }

  private static String name(Finding finding) {
    String file = finding.location().file();
    return file.substring(file.lastIndexOf('/') + 1);
  }
}
