package dev.devopskit.docs.postmortem;

import java.util.Locale;
import java.util.Optional;

/** Where a postmortem is in its review: Draft, In Review, Reviewed, Closed. */
public enum DocumentStatus {
  /** Being written. */
  DRAFT("Draft"),
  /** Written and waiting for the review meeting. */
  IN_REVIEW("In Review"),
  /** Reviewed; action items are being worked on. */
  REVIEWED("Reviewed"),
  /** Every action item is done or dropped with a reason. */
  CLOSED("Closed");

  private final String label;

  DocumentStatus(String label) {
    this.label = label;
  }

  /** The label written in the document: {@code In Review}. */
  public String label() {
    return label;
  }

  /** Parses a label, ignoring case, spaces, dashes and underscores; empty when unknown. */
  public static Optional<DocumentStatus> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    for (DocumentStatus s : values()) {
      if (s.label.toLowerCase(Locale.ROOT).replace(" ", "").equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
