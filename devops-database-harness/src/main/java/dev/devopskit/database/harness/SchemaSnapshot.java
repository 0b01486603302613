package dev.devopskit.database.harness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The shape of a PostgreSQL database from its catalog: schemas, tables and other relations, columns with their
 * types, nullability and defaults, indexes, constraints, enum and domain types, functions, triggers and
 * extensions. Two snapshots are equal when the
 * schema is the same; column order is ignored.
 */
final class SchemaSnapshot {
  private static final String USER_SCHEMAS = " not in ('pg_catalog', 'information_schema')";
  private static final String NOT_SYSTEM = "n.nspname" + USER_SCHEMAS
      + " and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%'";
  private static final List<String> QUERIES = List.of(
      "select 'schema ' || n.nspname from pg_namespace n where " + NOT_SYSTEM,
      "select 'relation ' || n.nspname || '.' || c.relname || ' kind ' || c.relkind::text from pg_class c"
          + " join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'v', 'm', 'S', 'p', 'f') and "
          + NOT_SYSTEM,
      "select 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid,"
          + " a.atttypmod) || case when a.attnotnull then ' not null' else '' end || coalesce(' default '"
          + " || pg_get_expr(d.adbin, d.adrelid), '') from pg_attribute a join pg_class c on c.oid = a.attrelid"
          + " join pg_namespace n on n.oid = c.relnamespace left join pg_attrdef d on d.adrelid = a.attrelid"
          + " and d.adnum = a.attnum where a.attnum > 0 and not a.attisdropped"
          + " and c.relkind in ('r', 'v', 'm', 'p', 'f') and " + NOT_SYSTEM,
      "select 'index ' || schemaname || '.' || indexname || ': ' || indexdef from pg_indexes where schemaname"
          + USER_SCHEMAS + " and schemaname not like 'pg_toast%'",
      "select 'constraint ' || n.nspname || '.' || c.conname || ' on ' || c.conrelid::regclass::text || ': '"
          + " || pg_get_constraintdef(c.oid) from pg_constraint c join pg_namespace n on n.oid = c.connamespace"
          + " where " + NOT_SYSTEM,
      "select 'type ' || n.nspname || '.' || t.typname || ' ' || t.typtype::text || coalesce(' ' || (select"
          + " string_agg(e.enumlabel, ',' order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid), '')"
          + " from pg_type t join pg_namespace n on n.oid = t.typnamespace where t.typtype in ('e', 'd') and "
          + NOT_SYSTEM,
      "select 'function ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid)"
          + " || ')' from pg_proc p join pg_namespace n on n.oid = p.pronamespace where " + NOT_SYSTEM,
      "select 'trigger ' || t.tgname || ' on ' || t.tgrelid::regclass::text from pg_trigger t where not"
          + " t.tgisinternal",
      "select 'extension ' || extname from pg_extension");

  private final SortedSet<String> lines;

  private SchemaSnapshot(SortedSet<String> lines) {
    this.lines = lines;
  }

  static SchemaSnapshot of(Connection connection) throws SQLException {
    SortedSet<String> lines = new TreeSet<>();
    try (Statement statement = connection.createStatement()) {
      for (String query : QUERIES) {
        try (ResultSet rows = statement.executeQuery(query)) {
          while (rows.next()) {
            String line = rows.getString(1);
            if (line != null) {
              lines.add(line);
            }
          }
        }
      }
    }
    return new SchemaSnapshot(lines);
  }

  /** What differs from an earlier snapshot, for a message: {@code +added} and {@code -removed}, at most six. */
  String differenceFrom(SchemaSnapshot before) {
    List<String> out = new ArrayList<>();
    for (String line : before.lines) {
      if (!lines.contains(line)) {
        out.add("-" + line);
      }
    }
    for (String line : lines) {
      if (!before.lines.contains(line)) {
        out.add("+" + line);
      }
    }
    int total = out.size();
    List<String> shown = out.subList(0, Math.min(6, total));
    return String.join("; ", shown) + (total > shown.size() ? "; and " + (total - shown.size()) + " more" : "");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SchemaSnapshot && ((SchemaSnapshot) o).lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  @Override
  public String toString() {
    return "SchemaSnapshot[" + lines.size() + " lines]";
  }
}
