package dev.devopskit.docker.dockerfile;

import dev.devopskit.core.value.ValueText;
import java.util.Objects;

/**
 * A parser directive at the top of a Dockerfile: {@code # syntax=docker/dockerfile:1}, {@code # escape=`},
 * {@code # check=skip=...}.
 *
 * @param name {@code syntax}, {@code escape} or {@code check}
 * @param value the value
 */
public record ParserDirective(String name, String value) {

  /** Validates the directive. */
  public ParserDirective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!name.equals("syntax") && !name.equals("escape") && !name.equals("check")) {
      throw new IllegalArgumentException("parser directive '" + name + "' is not one of syntax, escape, check");
    }
    if (name.equals("escape") && !value.equals("\\") && !value.equals("`")) {
      throw new IllegalArgumentException("the escape directive takes \\ or `, not '" + value + "'");
    }
    if (value.isBlank() || value.contains("\n")) {
      throw new IllegalArgumentException("parser directive '" + name + "' needs a one-line value");
    }
  }

  /** {@code # syntax=<image>}. */
  public static ParserDirective syntax(String image) {
    return new ParserDirective("syntax", image);
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
