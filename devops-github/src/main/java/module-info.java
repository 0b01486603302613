/**
 * devops-github: GitHub Actions workflows as values, with a reader and a writer.
 *
 * <p>Exported packages are the public API; {@code internal} packages are implementation and may change.
 */
module dev.devopskit.github {
  requires static org.immutables.value.annotations;
  requires transitive dev.devopskit.core;
  requires com.fasterxml.jackson.databind;

  exports dev.devopskit.github;
  exports dev.devopskit.github.workflow;
  exports dev.devopskit.github.action;
  exports dev.devopskit.github.expression;
  exports dev.devopskit.github.rules;
  exports dev.devopskit.github.preset;
  exports dev.devopskit.github.environment;

  provides dev.devopskit.core.format.Format with dev.devopskit.github.WorkflowFormat,
      dev.devopskit.github.ActionFormat;
}
