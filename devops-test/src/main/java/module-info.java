/**
 * devops-test: assertions on devops-kit's values, check results and repositories, JUnit 5 extensions for drift and
 * for migrations on a real PostgreSQL, and (from devops-test-fixtures) the rule-fixture kit.
 */
module dev.devopskit.test {
  requires transitive dev.devopskit.test.fixtures;
  requires transitive dev.devopskit.github;
  requires transitive dev.devopskit.docker;
  requires transitive dev.devopskit.observability;
  requires transitive dev.devopskit.docs;
  requires transitive dev.devopskit.database.harness;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires dev.devopskit.kit;
  requires com.networknt.schema;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires java.sql;

  exports dev.devopskit.test;
  opens dev.devopskit.test to org.junit.platform.commons;
}
