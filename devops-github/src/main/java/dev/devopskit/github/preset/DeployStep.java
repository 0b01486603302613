package dev.devopskit.github.preset;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.secret.SecretRef;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How the pipeline deploys an image to an environment: a command (by default a script of the repository), its
 * environment variables, and the secrets it needs, by reference only. The command receives {@code IMAGE} (the
 * image reference to run), {@code ENVIRONMENT} (the target's name) and {@code URL} (the target's URL).
 *
 * <pre>{@code
 * DeployStep.command("./scripts/deploy.sh")
 *     .withEnv(Map.of("CLUSTER", "apps-eu"))
 *     .withSecrets(Map.of("KUBE_CONFIG", SecretRef.named("KUBE_CONFIG")))
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class DeployStep implements WithDeployStep {

  /** The command that deploys {@code $IMAGE} to {@code $ENVIRONMENT}. */
  public abstract String command();

  /** Plain environment variables of the command. */
  public abstract Map<String, String> env();

  /** Environment variables that hold secrets, by the secret they come from. */
  public abstract Map<String, SecretRef> secrets();

  /** A deploy that runs a command. */
  public static DeployStep command(String command) {
    return builder().command(command).build();
  }

  /** Starts a deploy step. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds deploy steps. */
  public static final class Builder extends ImmutableDeployStep.Builder {}

  @Value.Check
  protected void check() {
    if (command().isBlank()) {
      throw new IllegalArgumentException("deploy command is empty; name the script that deploys, such as "
          + "'./scripts/deploy.sh'");
    }
    for (String name : env().keySet()) {
      checkName(name);
      if (secrets().containsKey(name)) {
        throw new IllegalArgumentException("deploy variable '"
            + Redaction.redactSecrets(name) + "' is both in env and secrets; keep one");
      }
    }
    secrets().keySet().forEach(DeployStep::checkName);
  }

  private static void checkName(String name) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("deploy variable name '"
          + Redaction.redactSecrets(name) + "' must be letters, digits and '_'");
    }
  }
}
