package dev.devopskit.flags;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store on a real PostgreSQL, started once for the class from embedded binaries. */
class JdbcFlagStorePostgresTest extends JdbcFlagStoreContract {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  @Override
  JdbcFlagStore.Dialect expectedDialect() {
    return JdbcFlagStore.Dialect.POSTGRESQL;
  }
}
