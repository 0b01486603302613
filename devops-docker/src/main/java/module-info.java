/**
 * devops-docker: Dockerfiles, .dockerignore and Compose files as values, with readers, writers, presets and
 * rules. Entry points: {@link dev.devopskit.docker.Dockerfiles} and {@link dev.devopskit.docker.Compose}.
 */
module dev.devopskit.docker {
  requires static org.immutables.value.annotations;
  requires dev.devopskit.core;

  exports dev.devopskit.docker;
  exports dev.devopskit.docker.dockerfile;
  exports dev.devopskit.docker.compose;
  exports dev.devopskit.docker.rules;
  exports dev.devopskit.docker.preset;

  provides dev.devopskit.core.format.Format with
      dev.devopskit.docker.internal.format.DockerfileFormat,
      dev.devopskit.docker.internal.format.DockerIgnoreFormat,
      dev.devopskit.docker.internal.format.ComposeFormat;
}
