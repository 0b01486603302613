package dev.devopskit.core.value;

import java.util.Optional;

/**
 * A record of the project style, for the tests of {@link ValueText}.
 *
 * @param command a command that may hold a secret
 * @param note an optional note
 * @param password a masked attribute
 */
public record SampleRecord(String command, Optional<String> note, @Masked String password) {
  /** The record's text, with secrets redacted. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
