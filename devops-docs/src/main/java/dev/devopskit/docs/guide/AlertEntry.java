package dev.devopskit.docs.guide;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** An alert and the runbook it links to. */
@Value.Immutable
@DevOpsStyle
public abstract class AlertEntry implements WithAlertEntry {

  /** The alert name: {@code ApiHighErrorRate}. */
  public abstract String name();

  /** Its severity: {@code page}, {@code ticket}. */
  @Value.Default
  public String severity() {
    return "";
  }

  /** What it means. */
  @Value.Default
  public String summary() {
    return "";
  }

  /** The runbook link: {@code runbooks/api-errors.md}. */
  @Value.Default
  public String runbook() {
    return "";
  }

  /** Starts one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds them. */
  public static final class Builder extends ImmutableAlertEntry.Builder {}

  @Value.Check
  protected void check() {
    for (String cell : new String[] {name(), severity(), summary(), runbook()}) {
      if (cell.contains("\n")) {
        throw new IllegalArgumentException("AlertEntry cells are one line each; got '"
            + Redaction.redactSecrets(cell) + "'");
      }
    }
  }
}
