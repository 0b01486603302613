/**
 * devops-database-harness: proves a migration folder on a throwaway PostgreSQL (applies, re-applies and reverses
 * every migration), from server binaries in a Maven artifact.
 */
module dev.devopskit.database.harness {
  requires static org.immutables.value.annotations;
  requires transitive dev.devopskit.database;
  requires java.sql;
  requires embedded.postgres;

  exports dev.devopskit.database.harness;
}
