package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.docker.compose.Build;
import dev.devopskit.docker.compose.ComposeFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code compose/missing-build-context}: a service's build context and Dockerfile exist. Only when the compose
 * file exists on disk (paths are relative to it); otherwise silent. A compose file among test fixtures or examples
 * is an input that tests copy or run with another project directory ({@code --project-directory}), so its paths
 * are not judged.
 */
final class MissingBuildContext implements Rule<ComposeFile> {
  static final RuleInfo INFO = RuleInfo.of("compose/missing-build-context", Profile.RECOMMENDED, Severity.ERROR,
      "Build contexts and Dockerfiles exist");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ComposeFile file, RuleContext context) {
    Optional<Path> folder = Folder.of(context);
    boolean fixture = context.fileRole() == FileRole.TEST || context.fileRole() == FileRole.EXAMPLE;
    if (folder.isEmpty() || fixture) {
      return;
    }
    file.services().forEach((name, service) -> service.buildFrom().ifPresent(build -> check(folder.get(), name,
        build, context)));
  }

  private static void check(Path folder, String name, Build build, RuleContext context) {
    String dir = build.context().orElse(".");
    if (dir.contains("://") || dir.startsWith("git@") || dir.contains("$") || dir.contains(".git#")) {
      return;
    }
    DocPath path = DocPath.of("services", name, "build");
    Path contextDir;
    try {
      contextDir = folder.resolve(dir).normalize();
    } catch (RuntimeException e) {
      return;
    }
    if (!Files.isDirectory(contextDir)) {
      context.report(build.isShort() ? path : path.key("context"), "build context '" + dir + "' of service '"
          + name + "' does not exist", "create it or fix the path (relative to the compose file)");
      return;
    }
    if (build.options().containsKey("dockerfile_inline")) {
      return;
    }
    String dockerfile = build.dockerfile().orElse("Dockerfile");
    if (dockerfile.contains("$")) {
      return;
    }
    Path resolved = contextDir.resolve(dockerfile).normalize();
    if (!Files.isRegularFile(resolved)) {
      context.report(build.dockerfile().isPresent() ? path.key("dockerfile") : path, "Dockerfile '" + dockerfile
          + "' of service '" + name + "' is not in its build context '" + dir + "'",
          "fix 'dockerfile' (it is relative to the build context)");
    }
  }
}
