package dev.devopskit.docs.postmortem;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of a postmortem's action items: what will change, who owns it, when it is due, and its status. Owner,
 * due date and status are kept as written (a hand-written table may say {@code TBD}); rules check them.
 */
@Value.Immutable
@DevOpsStyle
public abstract class ActionItem implements WithActionItem {

  /** What will change, specific enough to be checked: {@code Alert when replication lag exceeds 30 s}. */
  public abstract String action();

  /** Who owns it: a person or team handle such as {@code @payments-team}; empty when nobody does yet. */
  @Value.Default
  public String owner() {
    return "";
  }

  /** When it is due, as written: {@code 2024-06-01}. */
  @Value.Default
  public String due() {
    return "";
  }

  /** Its status, as written: {@code Open}, {@code In Progress}, {@code Done}, {@code Won't Do}. */
  @Value.Default
  public String status() {
    return "Open";
  }

  /** An open action with an owner and a due date. */
  public static ActionItem of(String action, String owner, LocalDate due) {
    return builder().action(action).owner(owner).due(due.toString()).build();
  }

  /** Starts an action item. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds action items. */
  public static final class Builder extends ImmutableActionItem.Builder {}

  /** The due date, when it is written as {@code YYYY-MM-DD}. */
  public Optional<LocalDate> dueDate() {
    try {
      return due().isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(due().strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Value.Check
  protected void check() {
    for (String cell : new String[] {action(), owner(), due(), status()}) {
      if (cell.contains("\n")) {
        throw new IllegalArgumentException("action item cells are one line each; '"
            + Redaction.redactSecrets(cell) + "' has a line break");
      }
    }
  }
}
