package dev.devopskit.docs.guide;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** A secret by name only, where it lives and who uses it. Never the value. */
@Value.Immutable
@DevOpsStyle
public abstract class SecretEntry implements WithSecretEntry {

  /** The secret's name: {@code DB_PASSWORD}. */
  public abstract String name();

  /** Where it lives: {@code GitHub Actions secrets (environment production)}. */
  @Value.Default
  public String store() {
    return "";
  }

  /** Who reads it: {@code deploy job, api container}. */
  @Value.Default
  public String usedBy() {
    return "";
  }

  /** Starts one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds them. */
  public static final class Builder extends ImmutableSecretEntry.Builder {}

  @Value.Check
  protected void check() {
    for (String cell : new String[] {name(), store(), usedBy()}) {
      if (cell.contains("\n")) {
        throw new IllegalArgumentException("SecretEntry cells are one line each; got '"
            + Redaction.redactSecrets(cell) + "'");
      }
    }
  }
}
