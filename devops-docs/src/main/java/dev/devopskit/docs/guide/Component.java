package dev.devopskit.docs.guide;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** A component of the system (the app, its database, the registry): a row of the infrastructure document. */
@Value.Immutable
@DevOpsStyle
public abstract class Component implements WithComponent {

  /** The name: {@code api}. */
  public abstract String name();

  /** What it is: {@code application}, {@code PostgreSQL 16}, {@code container registry}. */
  @Value.Default
  public String kind() {
    return "";
  }

  /** What it does and where it runs. */
  @Value.Default
  public String description() {
    return "";
  }

  /** Starts one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds them. */
  public static final class Builder extends ImmutableComponent.Builder {}

  @Value.Check
  protected void check() {
    for (String cell : new String[] {name(), kind(), description()}) {
      if (cell.contains("\n")) {
        throw new IllegalArgumentException("Component cells are one line each; got '"
            + Redaction.redactSecrets(cell) + "'");
      }
    }
  }
}
