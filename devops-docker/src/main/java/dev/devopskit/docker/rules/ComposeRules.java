package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.rules.LiteralSecretRule;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.Compose;
import java.util.List;

/** The rules over compose files ({@code compose/...}), in a stable order. */
public final class ComposeRules {
  /** {@code compose/literal-secret}: passwords and tokens written into the file. */
  static final LiteralSecretRule<ComposeFile> LITERAL_SECRET = LiteralSecretRule.of("compose/literal-secret",
      "No passwords or tokens written into a compose file", file -> YamlStrings.of(Compose.tree(file)),
      "${NAME} with the value in .env, or a top-level secrets: entry");

  private ComposeRules() {}

  /** Every compose rule. */
  public static List<Rule<? super ComposeFile>> all() {
    return List.of(new UndefinedReference(), new DependencyCycle(), new HealthyDependencies(), LITERAL_SECRET,
        new UnsetVariable(), new PortConflict(), new PinnedImage(), new MissingBuildContext(), new WatchWithoutBuild());
  }
}
