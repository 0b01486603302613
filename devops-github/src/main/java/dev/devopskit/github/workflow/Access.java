package dev.devopskit.github.workflow;

import java.util.Locale;
import java.util.Optional;

/** The access a permission scope grants: {@code read}, {@code write} or {@code none}. */
public enum Access {
  /** Read access. */
  READ,
  /** Read and write access. */
  WRITE,
  /** No access. */
  NONE;

  /** The word used in workflow files. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The access named by a word of a workflow file, if it is one. */
  public static Optional<Access> parse(String text) {
    for (Access access : values()) {
      if (access.text().equals(text)) {
        return Optional.of(access);
      }
    }
    return Optional.empty();
  }
}
