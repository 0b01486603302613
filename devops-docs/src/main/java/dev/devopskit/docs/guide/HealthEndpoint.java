package dev.devopskit.docs.guide;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** A health endpoint and what it answers when the service is healthy. */
@Value.Immutable
@DevOpsStyle
public abstract class HealthEndpoint implements WithHealthEndpoint {

  /** The service: {@code api}. */
  public abstract String service();

  /** The URL: {@code https://api.example.com/health}. */
  @Value.Default
  public String url() {
    return "";
  }

  /** What a healthy answer looks like: {@code 200 {"status":"UP"}}. */
  @Value.Default
  public String expected() {
    return "";
  }

  /** Starts one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds them. */
  public static final class Builder extends ImmutableHealthEndpoint.Builder {}

  @Value.Check
  protected void check() {
    for (String cell : new String[] {service(), url(), expected()}) {
      if (cell.contains("\n")) {
        throw new IllegalArgumentException("HealthEndpoint cells are one line each; got '"
            + Redaction.redactSecrets(cell) + "'");
      }
    }
  }
}
