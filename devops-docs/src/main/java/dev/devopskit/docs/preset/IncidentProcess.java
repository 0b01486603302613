package dev.devopskit.docs.preset;

import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** How the team runs incidents, for the incident response runbook: where it talks, how it pages, where it posts. */
@Value.Immutable
@DevOpsStyle
public abstract class IncidentProcess implements WithIncidentProcess {

  /** The chat channel for incidents: {@code #incidents}. */
  @Value.Default
  public String channel() {
    return "#incidents";
  }

  /** How to page the on-call engineer: {@code PagerDuty service "api"}. */
  public abstract String paging();

  /** Where customers read about incidents. */
  public abstract String statusPage();

  /** Minutes between status updates during a P1. */
  @Value.Default
  public int updateEveryMinutes() {
    return 30;
  }

  /** Starts an incident process. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds incident processes. */
  public static final class Builder extends ImmutableIncidentProcess.Builder {}
}
