package dev.devopskit.docs.postmortem;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.docs.markdown.Link;
import dev.devopskit.docs.markdown.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postmortem in the team's template: front matter ({@code type: postmortem}, incident, date, severity, and
 * optionally status and authors) and the sections Timeline, Root Cause, Impact and Action Items, with the
 * optional Summary, Detection, Resolution, Lessons Learned and Supporting Links in their places.
 *
 * <pre>{@code
 * Postmortem pm = Postmortem.builder().incident("checkout-outage").date(LocalDate.of(2024, 5, 1))
 *     .severity(IncidentSeverity.P1).rootCause("The connection pool had no upper bound ...")
 *     .impact("Checkout failed for 23 minutes.")
 *     .addActionItem(ActionItem.of("Cap the pool at 50 connections", "@payments", LocalDate.of(2024, 5, 15)))
 *     .build();
 * }</pre>
 *
 * <p>Values read from hand-written files may lack what the template requires (an empty incident, no date);
 * the {@code postmortem/*} rules report it.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Postmortem implements WithPostmortem {

  /** The incident's short name, such as {@code checkout-outage}. */
  @Value.Default
  public String incident() {
    return "";
  }

  /** The day the incident happened. */
  public abstract Optional<LocalDate> date();

  /** How severe it was. */
  public abstract Optional<IncidentSeverity> severity();

  /** Where the document is in its review. */
  public abstract Optional<DocumentStatus> status();

  /** Who wrote it. */
  public abstract List<String> authors();

  /** The document's title (its level-1 heading); by default {@code Postmortem: <incident>}. */
  @Value.Default
  public String title() {
    return "Postmortem: " + incident();
  }

  /** A short summary, when the document has that section. */
  public abstract Optional<String> summary();

  /** What happened when, in order. */
  public abstract List<TimelineEntry> timeline();

  /** How the incident was detected, when the document has that section. */
  public abstract Optional<String> detection();

  /** Why it happened: the conditions in the system, not the people (Markdown). */
  @Value.Default
  public String rootCause() {
    return "";
  }

  /** How it was resolved, when the document has that section. */
  public abstract Optional<String> resolution();

  /** Who and what was affected, for how long (Markdown). */
  @Value.Default
  public String impact() {
    return "";
  }

  /** What will change so it does not happen again. */
  public abstract List<ActionItem> actionItems();

  /** Lessons learned, when the document has that section. */
  public abstract Optional<LessonsLearned> lessonsLearned();

  /** Links to dashboards, tickets, chat threads. */
  public abstract List<Link> supportingLinks();

  /** Sections the template does not name, kept as written. */
  public abstract List<Section> otherSections();

  /**
   * The empty template for a new incident: status Draft, every section present and empty, ready to be filled
   * in (what {@code devops postmortem <incident>} writes).
   */
  public static Postmortem template(String incident, LocalDate date, IncidentSeverity severity) {
    return builder().incident(incident).date(date).severity(severity).status(DocumentStatus.DRAFT)
        .summary("").detection("").resolution("").lessonsLearned(LessonsLearned.empty()).build();
  }

  /** Starts a postmortem. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds postmortems. */
  public static final class Builder extends ImmutablePostmortem.Builder {}

  @Value.Check
  protected void check() {
    if (incident().contains("\n") || title().contains("\n")) {
      throw new IllegalArgumentException("incident and title are one line each; got incident '"
          + Redaction.redactSecrets(incident()) + "'");
    }
  }
}
