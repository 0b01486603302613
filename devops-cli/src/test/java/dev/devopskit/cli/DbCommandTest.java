package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void should_prove_migrations_on_a_throwaway_postgresql(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    Files.writeString(dir.resolve("U1__users.sql"), "DROP TABLE IF EXISTS users;\n");
    CliRun run = run("db", "verify", dir.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("V1__users.sql:1:1").contains("[migrations/idempotent]")
        .contains("already exists").contains("1 migrations applied, 1 applied again, 1 reversed: 1 findings");
  }

  @Test
  void should_say_when_the_folder_is_missing(@TempDir Path dir) {
    CliRun run = run("db", "verify", dir.resolve("nope").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no migration folder");
  }

  @Test
  void should_check_migrations_with_the_registered_format(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("db/migration"));
    Files.writeString(dir.resolve("db/migration/V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    Files.writeString(dir.resolve("db/migration/R__user_ids.sql"), "CREATE VIEW user_ids AS SELECT id FROM users;\n");
    Files.writeString(dir.resolve("db/migration/V2__orders.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
    Files.writeString(dir.resolve("db/migration/U2__orders.sql"), "DROP TABLE orders;\n");
    CliRun run = run("check", dir.toString(), "--profile", "trunk", "--fail-on", "none");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("R__user_ids.sql:1:1").contains("[migrations/idempotent]")
        .contains("V1__users.sql:1:1").contains("[migrations/reversible]")
        .as("V2 has its undo").doesNotContain("V2__orders.sql:1:1: warning");
    assertThat(run("check", dir.toString(), "--fail-on", "none").out()).doesNotContain("[migrations/");
  }
}
