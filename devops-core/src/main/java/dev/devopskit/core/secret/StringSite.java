package dev.devopskit.core.secret;

import dev.devopskit.core.source.DocPath;

/**
 * A string inside a value, for the secret scanner: where it is, the name it is given to (the nearest mapping key
 * or variable name, empty when none), and the text.
 */
public record StringSite(DocPath path, String key, String value) {

  @Override
  public String toString() {
    return "StringSite[" + path + ", key=" + key + ", " + Redaction.redact(value) + "]";
  }
}
