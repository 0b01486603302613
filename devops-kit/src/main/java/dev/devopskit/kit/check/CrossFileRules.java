package dev.devopskit.kit.check;

import dev.devopskit.kit.internal.check.DockerfilePath;
import dev.devopskit.kit.internal.check.EnvironmentDeclared;
import dev.devopskit.kit.internal.check.FlagReferenceConsistent;
import dev.devopskit.kit.internal.check.HealthEndpointConsistent;
import dev.devopskit.kit.internal.check.PostgresVersion;
import dev.devopskit.kit.internal.check.RunbookLink;
import dev.devopskit.kit.internal.check.SecretDeclared;
import java.util.List;

/** The built-in cross-file rules. */
public final class CrossFileRules {
  private CrossFileRules() {}

  /** Every built-in cross-file rule, in id order. */
  public static List<CrossFileRule> all() {
    return List.of(new DockerfilePath(), new EnvironmentDeclared(), new FlagReferenceConsistent(),
        new HealthEndpointConsistent(), new PostgresVersion(), new RunbookLink(), new SecretDeclared());
  }
}
