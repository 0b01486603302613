package dev.devopskit.core.testing.unsafe;

import org.immutables.value.Value;

/** A value type that breaks every rule of {@code ArchitectureRules.checkValueText}: no project style. */
@Value.Immutable
public abstract class Unsafe {
  @Value.Redacted
  public abstract String password();

  @Override
  public String toString() {
    return "Unsafe";
  }
}
