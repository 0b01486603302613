package dev.devopskit.docs.runbook;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A runbook: what to do, step by step, when something specific happens. Title, owner, the date it was last
 * reviewed, when to use it (symptoms or alerts that link here), prerequisites (access, tools), steps, how to
 * verify, rollback steps and escalation.
 *
 * <p>Values read from hand-written files may lack parts; the {@code runbook/*} rules report it.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Runbook implements WithRunbook {

  /** The title (the level-1 heading): {@code Restore the orders database}. */
  public abstract String title();

  /** Who keeps it current: a person or team handle. */
  @Value.Default
  public String owner() {
    return "";
  }

  /** When it was last reviewed. */
  public abstract Optional<LocalDate> lastReviewed();

  /** Symptoms or alerts that lead here. */
  public abstract List<String> whenToUse();

  /** Access and tools needed before starting. */
  public abstract List<String> prerequisites();

  /** The steps, in order. */
  public abstract List<RunbookStep> steps();

  /** How to check that it worked. */
  public abstract List<String> verification();

  /** How to undo the steps, in order. */
  public abstract List<RunbookStep> rollback();

  /** Whom to escalate to, in order. */
  public abstract List<EscalationContact> escalation();

  /** Starts a runbook. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds runbooks. */
  public static final class Builder extends ImmutableRunbook.Builder {}

  @Value.Check
  protected void check() {
    if (title().isBlank() || title().contains("\n")) {
      throw new IllegalArgumentException("a runbook needs a one-line title, got '"
          + Redaction.redactSecrets(title()) + "'");
    }
  }
}
