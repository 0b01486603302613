package dev.devopskit.github.preset;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/**
 * Where the pipeline deploys: a GitHub environment's name and the URL people (and the smoke test) reach it at.
 *
 * <pre>{@code
 * DeployTarget.of("staging", "https://staging.example.com")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class DeployTarget implements WithDeployTarget {

  /** The GitHub environment's name, such as {@code staging}. */
  public abstract String name();

  /** The base URL of the deployed service, without a trailing slash. */
  public abstract String url();

  /** A target with a name and a URL. */
  public static DeployTarget of(String name, String url) {
    return builder().name(name).url(url).build();
  }

  /** Starts a target. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds targets. */
  public static final class Builder extends ImmutableDeployTarget.Builder {}

  @Value.Check
  protected void check() {
    if (!name().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException("deploy target name '"
          + Redaction.redactSecrets(name()) + "' must be letters, digits, '-', '_' "
          + "or '.', like 'staging'");
    }
    if (!url().matches("https?://\\S+") || url().endsWith("/")) {
      throw new IllegalArgumentException("deploy target url '"
          + Redaction.redactSecrets(url()) + "' must be an http(s) URL without a "
          + "trailing slash, like 'https://staging.example.com'");
    }
  }
}
