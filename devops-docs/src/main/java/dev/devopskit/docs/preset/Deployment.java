package dev.devopskit.docs.preset;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/**
 * How a service is deployed, for the rollback runbook: the image in its registry (tagged by commit), the
 * environment, the command that deploys a tag (reading {@code $TAG}), and the health endpoint to check.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Deployment implements WithDeployment {

  /** The service name: {@code api}. */
  public abstract String service();

  /** The image without its tag: {@code ghcr.io/acme/api}. */
  public abstract String image();

  /** The environment rolled back: {@code production}. */
  @Value.Default
  public String environment() {
    return "production";
  }

  /** The command that deploys the image tagged {@code $TAG}: {@code TAG=$TAG docker compose up -d api}. */
  public abstract String deployCommand();

  /** The URL that answers when the service is healthy. */
  public abstract String healthUrl();

  /** Starts a deployment description. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds deployment descriptions. */
  public static final class Builder extends ImmutableDeployment.Builder {}

  @Value.Check
  protected void check() {
    if (image().contains(":") && image().lastIndexOf(':') > image().lastIndexOf('/')) {
      throw new IllegalArgumentException("image '"
          + Redaction.redactSecrets(image()) + "' must not carry a tag; the runbook picks the tag");
    }
    if (!deployCommand().contains("$TAG") && !deployCommand().contains("${TAG}")) {
      throw new IllegalArgumentException("deployCommand must read the tag from $TAG, like 'TAG=$TAG docker compose "
          + "up -d " + service() + "'");
    }
  }
}
