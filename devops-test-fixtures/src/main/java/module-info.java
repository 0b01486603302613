/**
 * devops-test-fixtures: tests a rule over fixture files with the lines where it must report ({@code RuleFixtures}).
 */
module dev.devopskit.test.fixtures {
  requires transitive dev.devopskit.core;
  requires transitive org.assertj.core;

  exports dev.devopskit.test.fixtures;
}
