package dev.devopskit.docker.dockerfile;

import java.util.Objects;
import java.util.Optional;

/**
 * A builder flag of an instruction, such as {@code --from=build} or {@code --link}.
 *
 * @param name the name without dashes ({@code mount})
 * @param value the value after {@code =}, if any
 */
public record Flag(String name, Optional<String> value) {

  /** Validates the name. */
  public Flag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!name.matches("[A-Za-z][A-Za-z0-9-]*")) {
      throw new IllegalArgumentException("flag name '" + name + "' must be letters, digits and dashes, like 'from'");
    }
  }

  /** A flag with a value: {@code Flag.of("from", "build")} is {@code --from=build}. */
  public static Flag of(String name, String value) {
    return new Flag(name, Optional.of(value));
  }

  /** A flag without a value: {@code --link}. */
  public static Flag of(String name) {
    return new Flag(name, Optional.empty());
  }

  /** Parses {@code --name[=value]} as the reader gives it. */
  public static Optional<Flag> parse(String word) {
    String body = word.startsWith("--") ? word.substring(2) : word;
    int eq = body.indexOf('=');
    String name = eq < 0 ? body : body.substring(0, eq);
    if (!name.matches("[A-Za-z][A-Za-z0-9-]*")) {
      return Optional.empty();
    }
    return Optional.of(new Flag(name, eq < 0 ? Optional.empty() : Optional.of(body.substring(eq + 1))));
  }

  @Override
  public String toString() {
    return "--" + name + value.map(v -> "=" + v).orElse("");
  }
}
