package dev.devopskit.docker.compose;

import dev.devopskit.core.value.ValueText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code depends_on} entry: the condition to wait for, and whether to restart with the dependency or require
 * it.
 *
 * @param condition {@code service_started}, {@code service_healthy} or {@code service_completed_successfully};
 *     empty in the short (list) syntax, which means started
 * @param restart restart this service when the dependency is updated
 * @param required whether the dependency must be there
 */
public record Dependency(Optional<String> condition, Optional<Boolean> restart, Optional<Boolean> required) {
  /** The conditions compose knows. */
  public static final List<String> CONDITIONS = List.of("service_started", "service_healthy",
      "service_completed_successfully");

  /** Validates the condition. */
  public Dependency {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(restart, "restart");
    Objects.requireNonNull(required, "required");
    condition.ifPresent(c -> {
      if (!CONDITIONS.contains(c) && !Interpolation.hasVariables(c)) {
        throw new IllegalArgumentException("depends_on condition '" + c + "' must be one of " + CONDITIONS);
      }
    });
  }

  /** Wait until the dependency has started. */
  public static Dependency started() {
    return new Dependency(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Wait until the dependency's healthcheck passes. */
  public static Dependency healthy() {
    return new Dependency(Optional.of("service_healthy"), Optional.empty(), Optional.empty());
  }

  /** The condition, {@code service_started} when none was written. */
  public String effectiveCondition() {
    return condition.orElse("service_started");
  }

  /** Whether the short syntax says all of it. */
  public boolean isShort() {
    return condition.isEmpty() && restart.isEmpty() && required.isEmpty();
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
