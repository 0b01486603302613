package dev.devopskit.observability.uptime;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** One environment's health URL that the blackbox exporter probes. */
@Value.Immutable
@DevOpsStyle
public abstract class ProbeTarget implements WithProbeTarget {

  /** The environment, as its {@code environment} label says: {@code staging}, {@code production}. */
  public abstract String environment();

  /** The health URL: {@code https://staging.example.com/health}. */
  public abstract String url();

  /** A target. */
  public static ProbeTarget of(String environment, String url) {
    return builder().environment(environment).url(url).build();
  }

  /** Starts a target. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds targets. */
  public static final class Builder extends ImmutableProbeTarget.Builder {}

  @Value.Check
  protected void check() {
    if (!url().matches("https?://[^\\s]+")) {
      throw new IllegalArgumentException("health URL of environment '" + Redaction.redactSecrets(environment())
          + "' must start with http:// or https://, not '" + url() + "'");
    }
    if (!environment().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException("environment name '" + Redaction.redactSecrets(environment())
          + "' uses letters, digits, '.', '_' and '-' only");
    }
  }
}
