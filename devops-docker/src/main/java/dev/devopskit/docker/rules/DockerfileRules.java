package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.docker.dockerfile.Dockerfile;
import java.util.List;

/** The rules over Dockerfiles ({@code docker/...}), in a stable order. */
public final class DockerfileRules {
  private DockerfileRules() {}

  /** Every Dockerfile rule. */
  public static List<Rule<? super Dockerfile>> all() {
    return List.of();
  }
}
