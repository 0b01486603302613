package dev.devopskit.github.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a pipeline stage costs, cheapest first: the order in which a trunk-based pipeline runs its checks so
 * that the cheapest failure is seen first.
 */
public enum CostClass {
  /** Linters and formatters: seconds. */
  LINT,
  /** Type checks and compilation: seconds to a minute. */
  TYPE_CHECK,
  /** Unit tests: minutes, no services. */
  UNIT_TEST,
  /** Integration and end-to-end tests: minutes, with services. */
  INTEGRATION_TEST,
  /** Building and publishing the deployable artifact. */
  BUILD,
  /** Deploying to an environment. */
  DEPLOY;

  /** The lower-kebab label used in options and messages: {@code type-check}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The tier of this class in the pipeline: lint and type check share the first tier (they run side by side),
   * each later class has its own.
   */
  public int tier() {
    return this == LINT ? 0 : ordinal() - 1;
  }

  /** Whether this class gates a deploy: everything up to and including {@link #BUILD}. */
  public boolean gates() {
    return this != DEPLOY;
  }

  /** Whether this class is a check (lint to integration tests). */
  public boolean isCheck() {
    return compareTo(BUILD) < 0;
  }

  /** The class with this label ({@code unit-test}), or empty. */
  public static Optional<CostClass> parse(String label) {
    String normalized = label.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (CostClass value : values()) {
      if (value.name().equals(normalized)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
