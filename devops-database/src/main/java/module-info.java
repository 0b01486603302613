/**
 * devops-database: SQL migration folders (Flyway, Prisma, Liquibase formatted SQL, paired up/down files): reading
 * and splitting, idempotency, reversibility, ordering and safety rules, backup scripts and the CI command that
 * applies migrations. The harness that proves them on a throwaway PostgreSQL is devops-database-harness.
 */
module dev.devopskit.database {
  requires static org.immutables.value.annotations;
  requires transitive dev.devopskit.core;

  exports dev.devopskit.database;
  exports dev.devopskit.database.migration;
  exports dev.devopskit.database.sql;
  exports dev.devopskit.database.rules;
  exports dev.devopskit.database.backup;

  provides dev.devopskit.core.format.Format with dev.devopskit.database.MigrationFormat;
}
