package dev.devopskit.docs.guide;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** A feature flag in use. */
@Value.Immutable
@DevOpsStyle
public abstract class FlagEntry implements WithFlagEntry {

  /** The flag key: {@code new-checkout}. */
  public abstract String key();

  /** What it switches. */
  @Value.Default
  public String description() {
    return "";
  }

  /** Its state per environment: {@code on in staging, off in production}. */
  @Value.Default
  public String state() {
    return "";
  }

  /** Starts one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds them. */
  public static final class Builder extends ImmutableFlagEntry.Builder {}

  @Value.Check
  protected void check() {
    for (String cell : new String[] {key(), description(), state()}) {
      if (cell.contains("\n")) {
        throw new IllegalArgumentException("FlagEntry cells are one line each; got '"
            + Redaction.redactSecrets(cell) + "'");
      }
    }
  }
}
