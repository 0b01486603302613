package dev.devopskit.core.secret;

/**
 * A secret found in a text: its kind and where it is (character offsets into the scanned text).
 *
 * <p>The match holds the redacted form only ({@code ghp_****}); callers that need the value still have the text.
 */
public record SecretMatch(SecretKind kind, int start, int end, String redacted) {

  @Override
  public String toString() {
    return kind.id() + " " + redacted + " at " + start + "-" + end;
  }
}
