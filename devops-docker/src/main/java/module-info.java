/**
 * devops-docker: Dockerfiles, .dockerignore and Compose files as values, with readers, writers, presets and
 * rules. Entry points: {@link dev.devopskit.docker.Dockerfiles} and {@link dev.devopskit.docker.Compose}.
 */
module dev.devopskit.docker {
  requires static org.immutables.value.annotations;
  requires dev.devopskit.core;

  //TMP exports dev.devopskit.docker;
  //TMP exports dev.devopskit.docker.dockerfile;
  //TMP exports dev.devopskit.docker.compose;
  //TMP exports dev.devopskit.docker.rules;
  //TMP exports dev.devopskit.docker.preset;

  //TMP provides dev.devopskit.core.format.Format with
  //TMP    dev.devopskit.docker.internal.format.DockerfileFormat,
  //TMP    dev.devopskit.docker.internal.format.DockerIgnoreFormat,
  //TMP    dev.devopskit.docker.internal.format.ComposeFormat;
}
