package dev.devopskit.docs.guide;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** An environment: a row of the environments table (tier, URL, how it is deployed, approvals). */
@Value.Immutable
@DevOpsStyle
public abstract class EnvironmentTier implements WithEnvironmentTier {

  /** The environment: {@code staging}. */
  public abstract String name();

  /** Its tier: {@code pre-production}, {@code production}. */
  @Value.Default
  public String tier() {
    return "";
  }

  /** Where it answers. */
  @Value.Default
  public String url() {
    return "";
  }

  /** How it is deployed: {@code on every merge to main}. */
  @Value.Default
  public String deployment() {
    return "";
  }

  /** Who approves a deploy: {@code none}, {@code one reviewer}. */
  @Value.Default
  public String approvals() {
    return "";
  }

  /** Starts one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds them. */
  public static final class Builder extends ImmutableEnvironmentTier.Builder {}

  @Value.Check
  protected void check() {
    for (String cell : new String[] {name(), tier(), url(), deployment(), approvals()}) {
      if (cell.contains("\n")) {
        throw new IllegalArgumentException("EnvironmentTier cells are one line each; got '"
            + Redaction.redactSecrets(cell) + "'");
      }
    }
  }
}
