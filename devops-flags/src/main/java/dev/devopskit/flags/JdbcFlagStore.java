package dev.devopskit.flags;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagFile;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Feature flags in a database table, on any {@link DataSource} (PostgreSQL and H2 are supported dialects). Each
 * row keeps a flag's key, order, kind, owner, state, remove-by date (for queries) and the whole flag as the JSON of
 * the flag file (for reading back).
 *
 * <pre>{@code
 * JdbcFlagStore store = JdbcFlagStore.on(dataSource);
 * store.migrate();                 // idempotent: safe on every start
 * store.upsertAll(flags);
 * FlagSet current = store.read();
 * }</pre>
 */
public final class JdbcFlagStore {
  /** The table name. */
  public static final String TABLE = "devopskit_feature_flag";

  /** The SQL dialects the store speaks. */
  public enum Dialect {
    /** PostgreSQL 9.5 and later. */
    POSTGRESQL,
    /** H2 2.x. */
    H2
  }

  private static final String COLUMNS =
      "flag_key, position, kind, owner, enabled, remove_by, definition, updated_at";

  private final DataSource dataSource;

  private JdbcFlagStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** A store on a data source. */
  public static JdbcFlagStore on(DataSource dataSource) {
    return new JdbcFlagStore(dataSource);
  }

  /** The dialect of the database behind the data source. */
  public Dialect dialect() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return dialect(connection);
    }
  }

  private static Dialect dialect(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return Dialect.POSTGRESQL;
    }
    if (product.contains("h2")) {
      return Dialect.H2;
    }
    throw new SQLException("the flag store speaks PostgreSQL and H2, not " + product
        + "; write the table with migrationSql() and the rows with seedSql() by hand");
  }

  /**
   * The migration: statements that create the table and its index, and bring an older table up to date. Every
   * statement is idempotent, so it can run on every start. PostgreSQL and H2 share the text.
   */
  public static List<String> migrationStatements(Dialect dialect) {
    return List.of(
        "CREATE TABLE IF NOT EXISTS " + TABLE + " (\n"
            + "  flag_key VARCHAR(100) NOT NULL PRIMARY KEY,\n"
            + "  kind VARCHAR(20) NOT NULL,\n"
            + "  owner VARCHAR(200),\n"
            + "  enabled BOOLEAN NOT NULL,\n"
            + "  remove_by DATE,\n"
            + "  definition VARCHAR NOT NULL,\n"
            + "  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n"
            + ")",
        "ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS position INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX IF NOT EXISTS " + TABLE + "_remove_by ON " + TABLE + " (remove_by)");
  }

  /** The migration as one SQL script. */
  public static String migrationSql(Dialect dialect) {
    return String.join(";\n", migrationStatements(dialect)) + ";\n";
  }

  /** Runs the migration (idempotent). */
  public void migrate() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : migrationStatements(dialect(connection))) {
        statement.execute(sql);
      }
    }
  }

  /** Inserts or updates one flag (appended at the end when new). */
  public void upsert(FeatureFlag flag) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      int position;
      try (PreparedStatement existing = connection.prepareStatement(
          "SELECT position FROM " + TABLE + " WHERE flag_key = ?")) {
        existing.setString(1, flag.key());
        try (ResultSet rows = existing.executeQuery()) {
          position = rows.next() ? rows.getInt(1) : nextPosition(connection);
        }
      }
      upsert(connection, dialect(connection), flag, position);
    }
  }

  private static int nextPosition(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM " + TABLE)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** Makes the table hold exactly these flags, in one transaction. */
  public void replaceAll(FlagSet flags) throws SQLException {
    inTransaction((connection, dialect) -> {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM " + TABLE);
      }
      upsertInOrder(connection, dialect, flags);
    });
  }

  /** Inserts or updates every flag of a set, keeping the set's order, in one transaction. */
  public void upsertAll(FlagSet flags) throws SQLException {
    inTransaction((connection, dialect) -> upsertInOrder(connection, dialect, flags));
  }

  private static void upsertInOrder(Connection connection, Dialect dialect, FlagSet flags) throws SQLException {
    for (int i = 0; i < flags.flags().size(); i++) {
      upsert(connection, dialect, flags.flags().get(i), i);
    }
  }

  /** Work on one connection that commits together or not at all. */
  @FunctionalInterface
  private interface Transaction {
    void run(Connection connection, Dialect dialect) throws SQLException;
  }

  private void inTransaction(Transaction work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        work.run(connection, dialect(connection));
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static void upsert(Connection connection, Dialect dialect, FeatureFlag flag, int position)
      throws SQLException {
    String sql = dialect == Dialect.POSTGRESQL
        ? "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP) "
            + "ON CONFLICT (flag_key) DO UPDATE SET position = EXCLUDED.position, kind = EXCLUDED.kind, "
            + "owner = EXCLUDED.owner, enabled = EXCLUDED.enabled, remove_by = EXCLUDED.remove_by, "
            + "definition = EXCLUDED.definition, updated_at = EXCLUDED.updated_at"
        : "MERGE INTO " + TABLE + " (" + COLUMNS + ") KEY (flag_key) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, flag.key());
      statement.setInt(2, position);
      statement.setString(3, flag.kind().id());
      if (flag.owner().isPresent()) {
        statement.setString(4, flag.owner().get());
      } else {
        statement.setNull(4, Types.VARCHAR);
      }
      statement.setBoolean(5, flag.enabled());
      if (flag.removeBy().isPresent()) {
        statement.setDate(6, Date.valueOf(flag.removeBy().get()));
      } else {
        statement.setNull(6, Types.DATE);
      }
      statement.setString(7, FlagFile.json(flag));
      statement.executeUpdate();
    }
  }

  /** Deletes a flag; whether it was there. */
  public boolean delete(String key) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE flag_key = ?")) {
      statement.setString(1, key);
      return statement.executeUpdate() > 0;
    }
  }

  /**
   * Reads every flag in order.
   *
   * @throws SQLException when the database fails, or a row's definition is not a valid flag (the message names
   *     the key and the problem)
   */
  public FlagSet read() throws SQLException {
    List<FeatureFlag> flags = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT flag_key, definition FROM " + TABLE + " ORDER BY position, flag_key")) {
      while (rows.next()) {
        String key = rows.getString(1);
        Parsed<FeatureFlag> flag = FlagFile.readFlag(key, SourceFile.of(TABLE + "/" + key, rows.getString(2)));
        if (flag.value().isEmpty() || flag.hasErrors()) {
          throw new SQLException("row '" + key + "' of " + TABLE + " is not a valid flag: "
              + flag.findings().stream().map(f -> f.message()).findFirst().orElse("unreadable")
              + "; rewrite it with upsert()");
        }
        flags.add(flag.value().get());
      }
    }
    return FlagSet.builder().flags(flags).build();
  }

  /** Idempotent seed statements (upserts) for the flags, for a migration folder or a manual run. */
  public static String seedSql(FlagSet flags, Dialect dialect) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < flags.flags().size(); i++) {
      FeatureFlag flag = flags.flags().get(i);
      String values = literal(flag.key()) + ", " + i + ", " + literal(flag.kind().id()) + ", "
          + flag.owner().map(JdbcFlagStore::literal).orElse("NULL") + ", " + (flag.enabled() ? "TRUE" : "FALSE") + ", "
          + flag.removeBy().map(d -> "DATE '" + d + "'").orElse("NULL") + ", "
          + literal(FlagFile.json(flag)) + ", CURRENT_TIMESTAMP";
      if (dialect == Dialect.POSTGRESQL) {
        out.append("INSERT INTO ").append(TABLE).append(" (").append(COLUMNS).append(")\nVALUES (").append(values)
            .append(")\nON CONFLICT (flag_key) DO UPDATE SET position = EXCLUDED.position, kind = EXCLUDED.kind, "
                + "owner = EXCLUDED.owner, enabled = EXCLUDED.enabled, remove_by = EXCLUDED.remove_by, "
                + "definition = EXCLUDED.definition, updated_at = EXCLUDED.updated_at;\n");
      } else {
        out.append("MERGE INTO ").append(TABLE).append(" (").append(COLUMNS).append(") KEY (flag_key)\nVALUES (")
            .append(values).append(");\n");
      }
    }
    return out.toString();
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
