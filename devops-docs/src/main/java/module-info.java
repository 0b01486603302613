/**
 * devops-docs: operational documents (postmortems, runbooks, infrastructure and deployment guides) as values,
 * Markdown with YAML front matter in and out, and the rules that check them.
 *
 * <p>Exported packages are the public API; {@code internal} packages are implementation and may change.
 */
module dev.devopskit.docs {
  requires static org.immutables.value.annotations;
  requires transitive dev.devopskit.core;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.commonmark.ext.front.matter;

  exports dev.devopskit.docs;
  exports dev.devopskit.docs.markdown;
  exports dev.devopskit.docs.postmortem;
  exports dev.devopskit.docs.runbook;
  exports dev.devopskit.docs.preset;
  exports dev.devopskit.docs.guide;
  exports dev.devopskit.docs.diagram;
  exports dev.devopskit.docs.rules;

  provides dev.devopskit.core.format.Format with dev.devopskit.docs.PostmortemFormat,
      dev.devopskit.docs.RunbookFormat;
}
