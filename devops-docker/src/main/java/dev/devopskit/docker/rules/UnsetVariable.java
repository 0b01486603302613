package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.DotEnv;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code compose/unset-variable}: every {@code ${VAR}} without a default is defined in {@code .env} or
 * {@code .env.example} beside the compose file. Only when the compose file exists on disk; otherwise silent.
 */
final class UnsetVariable implements Rule<ComposeFile> {
  static final RuleInfo INFO = RuleInfo.of("compose/unset-variable", Profile.TRUNK, Severity.WARNING,
      "Variables without a default are defined in .env or .env.example").withConfidence(Confidence.MEDIUM);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ComposeFile file, RuleContext context) {
    Optional<Path> folder = Folder.of(context);
    if (folder.isEmpty()) {
      return;
    }
    List<DotEnv> envs = List.of(".env", ".env.example").stream()
        .map(name -> Folder.read(folder.get().resolve(name))).flatMap(Optional::stream).map(DotEnv::parse).toList();
    Set<String> reported = new HashSet<>();
    for (Compose.VariableUse use : Compose.variables(file)) {
      String name = use.variable().name();
      if (use.variable().hasFallback() || envs.stream().anyMatch(e -> e.defines(name)) || !reported.add(name)) {
        continue;
      }
      context.report(use.site().path(), "variable '" + name + "' has no default and neither .env nor "
          + ".env.example defines it, so compose substitutes an empty string",
          "add " + name + "= to .env.example, or write ${" + name + ":-default}");
    }
  }
}
