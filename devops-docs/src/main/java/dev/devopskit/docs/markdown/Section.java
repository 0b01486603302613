package dev.devopskit.docs.markdown;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/**
 * A section of a document that its template does not name (for example a hand-written {@code ## Background}):
 * kept as its title and raw Markdown so that reading and writing loses nothing.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Section implements WithSection {

  /** The heading text. */
  public abstract String title();

  /** The Markdown under the heading, as written. */
  @Value.Default
  public String body() {
    return "";
  }

  /** A section with a title and body. */
  public static Section of(String title, String body) {
    return builder().title(title).body(body).build();
  }

  /** Starts a section. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds sections. */
  public static final class Builder extends ImmutableSection.Builder {}

  @Value.Check
  protected void check() {
    if (title().isBlank() || title().contains("\n")) {
      throw new IllegalArgumentException("section title must be one non-empty line, got '"
          + Redaction.redactSecrets(title()) + "'");
    }
  }
}
