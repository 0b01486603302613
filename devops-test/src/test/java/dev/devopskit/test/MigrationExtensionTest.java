package dev.devopskit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The migration extension on a real PostgreSQL (one server for the class; a fresh database per test). */
@ExtendWith(MigrationExtension.class)
class MigrationExtensionTest {
  private static final Path MIGRATIONS = Path.of("src/test/resources/migrations");

  @Test
  void should_apply_to_a_fresh_database_and_prove_idempotence_and_up_down_up(MigrationDatabase database)
      throws SQLException {
    assertThat(database.apply(MIGRATIONS.resolve("clean"))).isEqualTo(1);
    try (Statement statement = database.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM orders")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
    database.assertIdempotent(MIGRATIONS.resolve("clean"));
    database.assertReversible(MIGRATIONS.resolve("clean"));
  }

  @Test
  void should_fail_with_the_migration_file_and_line_that_is_not_idempotent(MigrationDatabase database) {
    assertThat(database.apply(MIGRATIONS.resolve("repeated"))).isEqualTo(1);
    assertThatThrownBy(() -> database.assertIdempotent(MIGRATIONS.resolve("repeated")))
        .hasMessageContaining("Expected the migrations to be idempotent, but:")
        .hasMessageContaining("repeated/V1__orders.sql:2:")
        .hasMessageContaining("[migrations/idempotent]")
        .hasMessageContaining("already exists");
    assertThatThrownBy(database::folder).hasMessageContaining("no migration folder under");
  }
}
