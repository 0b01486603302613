package dev.devopskit.core.yaml;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.source.Span;

/** A comment in a YAML file: its text after {@code #} and where it is. */
public record YamlComment(String text, Span span) {

  /** The record's text with any secret the scanner recognises in the comment masked. */
  @Override
  public String toString() {
    return "YamlComment[text=" + Redaction.redactSecrets(text) + ", span=" + span + "]";
  }
}
