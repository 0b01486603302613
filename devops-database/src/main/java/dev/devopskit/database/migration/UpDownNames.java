package dev.devopskit.database.migration;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of paired {@code .up.sql} / {@code .down.sql} files. */
final class UpDownNames {
  static final Pattern PAIRED = Pattern.compile("(?i)(.+?)[._-](up|down)\\.sql");
  private static final Set<String> DIALECTS = Set.of("postgres", "postgresql", "mysql", "sqlite", "sqlite3",
      "cockroach", "cockroachdb", "mssql", "sqlserver", "oracle", "mariadb", "h2", "clickhouse");

  private UpDownNames() {}

  /** The name without {@code .up.sql} or {@code .down.sql}. */
  static String stem(String fileName) {
    Matcher matcher = PAIRED.matcher(fileName);
    return matcher.matches() ? matcher.group(1) : fileName;
  }

  /** The dialect infix of pop-style names ({@code 0001_init.postgres.up.sql}), or empty text. */
  static String dialect(String fileName) {
    String stem = stem(fileName);
    int dot = stem.lastIndexOf('.');
    if (dot < 0) {
      return "";
    }
    String last = stem.substring(dot + 1).toLowerCase(Locale.ROOT);
    return DIALECTS.contains(last) ? last : "";
  }
}
