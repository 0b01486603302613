package dev.devopskit.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagFile;
import dev.devopskit.core.flag.FlagSet;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the JDBC flag store does on every supported database; subclasses give the data source. */
abstract class JdbcFlagStoreContract {

  abstract DataSource dataSource();

  abstract JdbcFlagStore.Dialect expectedDialect();

  JdbcFlagStore store;

  @BeforeEach
  void clean() throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + JdbcFlagStore.TABLE);
    }
    store = JdbcFlagStore.on(dataSource());
  }

  static FlagSet sample() throws IOException {
    return FlagFile.read(Samples.sample("flags.yaml")).value().orElseThrow();
  }

  @Test
  void should_know_its_dialect() throws SQLException {
    assertThat(store.dialect()).isEqualTo(expectedDialect());
  }

  @Test
  void should_migrate_idempotently() throws SQLException {
    store.migrate();
    store.migrate();
    store.upsert(FeatureFlag.named("a"));
    store.migrate();
    assertThat(store.read().keys()).containsExactly("a");
  }

  @Test
  void should_bring_an_older_table_up_to_date() throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(JdbcFlagStore.migrationStatements(expectedDialect()).get(0));
    }
    store.migrate();
    store.upsert(FeatureFlag.named("b"));
    assertThat(store.read().keys()).containsExactly("b");
  }

  @Test
  void should_round_trip_every_flag_of_the_sample() throws Exception {
    store.migrate();
    FlagSet flags = sample();
    store.upsertAll(flags);
    assertThat(store.read()).isEqualTo(flags);
    store.upsertAll(flags);
    assertThat(store.read()).isEqualTo(flags);
  }

  @Test
  void should_update_in_place_and_append_new_flags() throws Exception {
    store.migrate();
    FlagSet flags = sample();
    store.upsertAll(flags);
    FeatureFlag changed = flags.flag("new-checkout").orElseThrow().withDefaultVariant("on");
    store.upsert(changed);
    store.upsert(FeatureFlag.named("zz-new"));
    FlagSet read = store.read();
    assertThat(read.keys()).startsWith("new-checkout").endsWith("zz-new");
    assertThat(read.flag("new-checkout")).contains(changed);
    assertThat(store.delete("zz-new")).isTrue();
    assertThat(store.delete("zz-new")).isFalse();
    store.replaceAll(FlagSet.of(FeatureFlag.named("only")));
    assertThat(store.read().keys()).containsExactly("only");
  }

  @Test
  void should_apply_the_seed_sql_idempotently() throws Exception {
    store.migrate();
    FlagSet flags = sample().with(FeatureFlag.builder().key("quote").description("it's 'quoted'").build());
    String seed = JdbcFlagStore.seedSql(flags, expectedDialect());
    for (int run = 0; run < 2; run++) {
      try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
        for (String statement : seed.split(";\n")) {
          if (!statement.isBlank()) {
            s.execute(statement);
          }
        }
      }
    }
    assertThat(store.read()).isEqualTo(flags);
  }

  @Test
  void should_name_the_row_when_a_definition_is_broken() throws Exception {
    store.migrate();
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO " + JdbcFlagStore.TABLE + " (flag_key, kind, enabled, definition) "
          + "VALUES ('bad', 'release', TRUE, '{\"default\": \"maybe\"}')");
    }
    assertThatThrownBy(() -> store.read()).isInstanceOf(SQLException.class).hasMessageContaining("'bad'");
  }

  @Test
  void should_serve_as_a_flag_source() throws Exception {
    store.migrate();
    store.upsertAll(sample());
    assertThat(FlagSource.jdbc(store).load()).isEqualTo(sample());
  }
}
