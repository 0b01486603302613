package dev.devopskit.kit.check;

import dev.devopskit.kit.rules.DockerfilePath;
import dev.devopskit.kit.rules.EnvironmentDeclared;
import dev.devopskit.kit.rules.FlagReference;
import dev.devopskit.kit.rules.HealthEndpoint;
import dev.devopskit.kit.rules.PostgresVersion;
import dev.devopskit.kit.rules.RunbookLink;
import dev.devopskit.kit.rules.SecretDeclared;
import java.util.List;

/** The built-in cross-file rules. */
public final class CrossFileRules {
  private CrossFileRules() {}

  /** Every built-in cross-file rule, in id order. */
  public static List<CrossFileRule> all() {
    return List.of(new DockerfilePath(), new EnvironmentDeclared(), new FlagReference(), new HealthEndpoint(),
        new PostgresVersion(), new RunbookLink(), new SecretDeclared());
  }
}
