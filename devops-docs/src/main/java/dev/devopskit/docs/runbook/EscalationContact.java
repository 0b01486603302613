package dev.devopskit.docs.runbook;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** Whom to escalate to: who, how to reach them, and how fast they answer. */
@Value.Immutable
@DevOpsStyle
public abstract class EscalationContact implements WithEscalationContact {

  /** Who: a team, a rota or a role, such as {@code Database on-call}. */
  public abstract String who();

  /** How to reach them: {@code PagerDuty service "db"}, {@code #db-oncall}. */
  @Value.Default
  public String how() {
    return "";
  }

  /** How fast they respond: {@code 15 minutes}. */
  @Value.Default
  public String responseTime() {
    return "";
  }

  /** A contact with all three parts. */
  public static EscalationContact of(String who, String how, String responseTime) {
    return builder().who(who).how(how).responseTime(responseTime).build();
  }

  /** Starts a contact. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds contacts. */
  public static final class Builder extends ImmutableEscalationContact.Builder {}

  @Value.Check
  protected void check() {
    if (who().contains("\n") || how().contains("\n") || responseTime().contains("\n")) {
      throw new IllegalArgumentException("escalation cells are one line each; got who '"
          + Redaction.redactSecrets(who()) + "'");
    }
  }
}
