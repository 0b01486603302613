package dev.devopskit.flags;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

class JdbcFlagStoreH2Test extends JdbcFlagStoreContract {
  private static final DataSource H2 = JdbcConnectionPool.create("jdbc:h2:mem:flags;DB_CLOSE_DELAY=-1", "sa", "");

  @Override
  DataSource dataSource() {
    return H2;
  }

  @Override
  JdbcFlagStore.Dialect expectedDialect() {
    return JdbcFlagStore.Dialect.H2;
  }
}
