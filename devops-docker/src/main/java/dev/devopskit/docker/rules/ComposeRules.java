package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.docker.compose.ComposeFile;
import java.util.List;

/** The rules over compose files ({@code compose/...}), in a stable order. */
public final class ComposeRules {
  private ComposeRules() {}

  /** Every compose rule. */
  public static List<Rule<? super ComposeFile>> all() {
    return List.of();
  }
}
