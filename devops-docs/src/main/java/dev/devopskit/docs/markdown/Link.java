package dev.devopskit.docs.markdown;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import org.immutables.value.Value;

/** A link in a document: its text and its target (empty when the entry is plain text). */
@Value.Immutable
@DevOpsStyle
public abstract class Link implements WithLink {

  /** The text shown. */
  public abstract String title();

  /** The target URL or relative path; empty for a plain-text entry. */
  @Value.Default
  public String url() {
    return "";
  }

  /** A link with text and target: {@code Link.to("Dashboard", "https://grafana.example.com/d/api")}. */
  public static Link to(String title, String url) {
    return builder().title(title).url(url).build();
  }

  /** Starts a link. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds links. */
  public static final class Builder extends ImmutableLink.Builder {}

  @Value.Check
  protected void check() {
    if (title().contains("\n") || url().contains("\n") || url().contains(" ")) {
      throw new IllegalArgumentException("link '"
          + Redaction.redactSecrets(title()) + "' must be one line and its url must have no spaces");
    }
  }
}
