/**
 * devops-core: the vocabulary and engine of devops-kit.
 *
 * <p>Exported packages are the public API; {@code internal} packages are implementation and may change.
 */
module dev.devopskit.core {
  requires static org.immutables.value.annotations;
  requires org.snakeyaml.engine;
  requires com.fasterxml.jackson.databind;

  exports dev.devopskit.core.value;
  exports dev.devopskit.core.source;
  exports dev.devopskit.core.check;
  exports dev.devopskit.core.format;
  exports dev.devopskit.core.policy;
  exports dev.devopskit.core.report;
  exports dev.devopskit.core.secret;
  exports dev.devopskit.core.yaml;
  exports dev.devopskit.core.rules;
  exports dev.devopskit.core.plaintext;
  exports dev.devopskit.core.shell;
  exports dev.devopskit.core.files;
  exports dev.devopskit.core.project;
  exports dev.devopskit.core.environment;
  exports dev.devopskit.core.flag;
  exports dev.devopskit.core.syntax;

  uses dev.devopskit.core.format.Format;

  provides dev.devopskit.core.format.Format with dev.devopskit.core.plaintext.PlainTextFormat,
      dev.devopskit.core.shell.ShellScriptFormat,
      dev.devopskit.core.environment.EnvironmentsFormat, dev.devopskit.core.flag.FeatureFlagsFormat;
}
