package dev.devopskit.database.migration;

/** What a migration file does in its folder. */
public enum MigrationKind {
  /** A versioned forward migration, applied once in version order. */
  VERSIONED,
  /** The reverse of a versioned migration: Flyway's undo, Prisma's {@code down.sql}, a {@code .down.sql} file. */
  DOWN,
  /** A repeatable migration, applied again whenever it changes (Flyway {@code R__}). */
  REPEATABLE,
  /** A Flyway baseline migration ({@code B1__...}). */
  BASELINE,
  /** A Liquibase changelog: versions and rollbacks are inside, per changeset. */
  CHANGELOG,
  /** Any other SQL script. */
  SCRIPT
}
