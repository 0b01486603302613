package dev.devopskit.database.migration;

/** The tool whose conventions a migration file follows. */
public enum MigrationTool {
  /** Flyway: {@code V1__init.sql}, {@code U1__init.sql} (undo), {@code R__views.sql} (repeatable). */
  FLYWAY,
  /** Prisma Migrate: {@code prisma/migrations/<timestamp>_<name>/migration.sql}, optionally {@code down.sql}. */
  PRISMA,
  /** Liquibase formatted SQL: {@code --liquibase formatted sql}, {@code --changeset}, {@code --rollback}. */
  LIQUIBASE,
  /** Paired files as golang-migrate, dbmate-style tools and pop write them: {@code 0001_init.up.sql}, {@code .down.sql}. */
  UP_DOWN,
  /** A SQL file that follows none of these conventions. */
  PLAIN
}
