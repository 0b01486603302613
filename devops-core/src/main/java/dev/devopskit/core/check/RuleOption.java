package dev.devopskit.core.check;

import dev.devopskit.core.value.ValueText;
import java.util.Objects;

/**
 * An option of a rule: its name (lower-kebab), what it means, and its default written as the policy file
 * would write it ({@code 10}, {@code true}, {@code [id-token]}).
 */
public record RuleOption(String name, String description, String defaultValue) {

  /** Validates the name. */
  public RuleOption {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("rule option name '" + name + "' must be lower-kebab-case, like 'budget-minutes'");
    }
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
