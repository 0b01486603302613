/**
 * devops-database: SQL migration folders (Flyway, Prisma, Liquibase formatted SQL, paired up/down files): reading
 * and splitting, idempotency, reversibility, ordering and safety rules, a harness that proves them on a throwaway
 * PostgreSQL, backup scripts and the CI command that applies migrations.
 */
module dev.devopskit.database {
  requires static org.immutables.value.annotations;
  requires transitive dev.devopskit.core;
  requires java.sql;
  requires embedded.postgres;

  exports dev.devopskit.database;
  exports dev.devopskit.database.migration;
  exports dev.devopskit.database.sql;
  exports dev.devopskit.database.rules;
  exports dev.devopskit.database.harness;
  exports dev.devopskit.database.backup;

  provides dev.devopskit.core.format.Format with dev.devopskit.database.MigrationFormat;
}
