package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docker.Dockerfiles;
import dev.devopskit.docker.dockerfile.DockerIgnore;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Keyword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code docker/copied-secret-file}: no {@code .env}, keys or credentials copied into the image. A COPY or ADD
 * that names such a file is reported. When the Dockerfile exists on disk, a COPY of a whole folder is also
 * reported if that folder holds such a file that {@code .dockerignore} (beside the Dockerfile or in its parent,
 * or the parent of a docker/ folder, the usual build context) does not leave out.
 */
final class CopiedSecretFile implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/copied-secret-file", Profile.RECOMMENDED, Severity.ERROR,
      "No .env files, keys or credentials copied into the image").withConfidence(Confidence.MEDIUM);
  private static final Pattern SECRET_FILE = Pattern.compile(
      "(?i)(?:^|/)(?:\\.env(?:\\.[^/]*)?|[^/]*\\.pem|[^/]*\\.key|id_rsa[^/]*|id_ed25519[^/]*|id_ecdsa[^/]*"
          + "|[^/]*\\.p12|[^/]*\\.pfx|\\.npmrc|\\.pypirc|\\.netrc|\\.git-credentials|credentials(?:\\.json)?"
          + "|\\.aws|\\.ssh|service-account[^/]*\\.json|[^/]*\\.keystore|[^/]*\\.jks)/?$");
  private static final List<String> HARMLESS = List.of(".env.example", ".env.sample", ".env.template",
      ".env.dist", ".env.defaults");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  static boolean secretName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return SECRET_FILE.matcher(path.replace('\\', '/')).find() && !HARMLESS.contains(name)
        && !name.endsWith(".pub");
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    Optional<Path> folder = Folder.of(context);
    for (Walk.Site site : Walk.all(file)) {
      Keyword k = site.instruction().keyword();
      if ((k != Keyword.COPY && k != Keyword.ADD) || site.instruction().hasFlag("from")
          || site.instruction().arguments().size() < 2) {
        continue;
      }
      List<String> args = site.instruction().arguments();
      for (String source : args.subList(0, args.size() - 1)) {
        if (secretName(source)) {
          context.report(site.path(), k + " puts '" + source + "' into the image, where anyone who pulls the "
              + "image can read it", "remove it and pass secrets with RUN --mount=type=secret or at run time");
        } else if (folder.isPresent() && !source.contains("*") && !source.contains("://")) {
          unignored(context, site, folder.get(), source);
        }
      }
    }
  }

  /**
   * The build context: the folder with a {@code .dockerignore} (the Dockerfile's, then its parent's); else the
   * parent of a {@code docker/} folder (the layout {@code docker/Dockerfile} built from the repository root);
   * else the Dockerfile's folder.
   */
  static Path contextOf(Path dockerfileFolder) {
    Path parent = dockerfileFolder.getParent();
    if (Files.isRegularFile(dockerfileFolder.resolve(".dockerignore"))) {
      return dockerfileFolder;
    }
    if (parent != null && Files.isRegularFile(parent.resolve(".dockerignore"))) {
      return parent;
    }
    Path name = dockerfileFolder.getFileName();
    boolean dockerFolder = name != null && (name.toString().equals("docker") || name.toString().equals(".docker"));
    return dockerFolder && parent != null ? parent : dockerfileFolder;
  }

  private static void unignored(RuleContext context, Walk.Site site, Path dockerfileFolder, String source) {
    Path contextFolder = contextOf(dockerfileFolder);
    Path copied = contextFolder.resolve(source).normalize();
    if (!copied.startsWith(contextFolder) || !Files.isDirectory(copied)) {
      return;
    }
    List<String> candidates;
    try (Stream<Path> files = Files.walk(copied, 3)) {
      // The cheap tests on the name first: only a secret-looking name costs a look at the file.
      candidates = files.filter(f -> mayLeak(contextFolder, f)).map(f -> relative(contextFolder, f)).sorted()
          .toList();
    } catch (IOException | RuntimeException e) {
      return; // an unreadable folder tells nothing
    }
    if (candidates.isEmpty()) {
      return;
    }
    try {
      DockerIgnore ignore = Folder.read(contextFolder.resolve(".dockerignore"))
          .flatMap(text -> Dockerfiles.readIgnore(SourceFile.of(".dockerignore", text)).value())
          .orElse(DockerIgnore.builder().build());
      Optional<String> leak = candidates.stream().filter(rel -> !ignore.excludes(rel)).findFirst();
      leak.ifPresent(rel -> context.report(site.path(), site.instruction().keyword() + " " + source
          + " copies '" + rel + "' into the image: .dockerignore does not leave it out",
          "add '" + rel.substring(rel.lastIndexOf('/') + 1) + "' (or a pattern such as **/.env*) to .dockerignore"));
    } catch (RuntimeException e) {
      // an unreadable folder tells nothing
    }
  }

  private static String relative(Path contextFolder, Path file) {
    return contextFolder.relativize(file).toString().replace('\\', '/');
  }

  /** A regular file outside .git and node_modules whose name is a secret's. */
  private static boolean mayLeak(Path contextFolder, Path file) {
    String rel = relative(contextFolder, file);
    return !rel.startsWith(".git/") && !rel.contains("node_modules/") && secretName(rel) && Files.isRegularFile(file);
  }
}
