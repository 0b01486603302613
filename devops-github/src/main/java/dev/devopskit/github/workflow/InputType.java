package dev.devopskit.github.workflow;

import java.util.Locale;
import java.util.Optional;

/** The {@code type} of a workflow input. */
public enum InputType {
  /** Text. */
  STRING,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A number. */
  NUMBER,
  /** One of the input's {@code options} (manual runs only). */
  CHOICE,
  /** A deployment environment of the repository (manual runs only). */
  ENVIRONMENT;

  /** The word used in workflow files. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type named by a word of a workflow file, if it is one. */
  public static Optional<InputType> parse(String text) {
    for (InputType type : values()) {
      if (type.text().equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
