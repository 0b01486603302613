package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.docker.dockerfile.Dockerfile;
import java.util.List;

/** The rules over Dockerfiles ({@code docker/...}), in a stable order. */
public final class DockerfileRules {
  private DockerfileRules() {}

  /** Every Dockerfile rule. */
  public static List<Rule<? super Dockerfile>> all() {
    return List.of(new MultiStage(), new SecretInArgEnv(), new CopiedSecretFile(), new PinnedBaseImage(),
        new NonRootUser(), new HealthcheckRule(), new ExecForm(), new PackageHygiene(), new CopyOverAdd(),
        new AbsoluteWorkdir(), new StageReference(), new Pipefail(), new DuplicateInstruction(),
        new TlsVerificationRule());
  }
}
