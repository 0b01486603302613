/** devops-kit's kit: a project's blueprint to every file, the repository check and the cross-file rules. */
module dev.devopskit.kit {
  requires static org.immutables.value.annotations;
  requires dev.devopskit.core;
  requires dev.devopskit.github;
  requires dev.devopskit.docker;
  requires dev.devopskit.observability;
  requires dev.devopskit.database;
  requires dev.devopskit.docs;

  exports dev.devopskit.kit;
  exports dev.devopskit.kit.check;

  provides dev.devopskit.core.format.Format with dev.devopskit.kit.DescriptorFormat;
}
