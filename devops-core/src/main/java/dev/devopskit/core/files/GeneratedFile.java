package dev.devopskit.core.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file devops-kit writes into a repository: a path relative to the repository root and its text.
 *
 * <p>Writing is atomic (a temporary file beside the target, then a move), and a path can never leave the
 * repository: absolute paths, {@code ..} segments and symbolic links that point outside are refused.
 *
 * <pre>{@code
 * GeneratedFile file = GeneratedFile.of(".github/workflows/ci.yml", yaml);
 * file.write(repositoryRoot);
 * Optional<String> diff = file.drift(repositoryRoot);   // a unified diff when the committed file differs
 * }</pre>
 */
public record GeneratedFile(String path, String text) {

  /** Validates the relative path. */
  public GeneratedFile {
    Objects.requireNonNull(text, "text");
    if (path == null || path.isBlank() || path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")
        || Path.of(path).isAbsolute()) {
      throw new IllegalArgumentException("generated file path '" + path + "' must be relative to the repository root");
    }
    for (String segment : path.replace('\\', '/').split("/")) {
      if (segment.equals("..")) {
        throw new IllegalArgumentException("generated file path '" + path + "' must not contain '..'");
      }
    }
  }

  /** A file at a path relative to the repository root. */
  public static GeneratedFile of(String path, String text) {
    return new GeneratedFile(path, text);
  }

  /** Where the file goes under a root, after checking that it (and any symbolic link on the way) stays inside. */
  public Path resolve(Path root) throws IOException {
    Path realRoot = root.toAbsolutePath().normalize();
    if (Files.exists(realRoot)) {
      realRoot = realRoot.toRealPath();
    }
    Path target = realRoot.resolve(path).normalize();
    if (!target.startsWith(realRoot)) {
      throw new IOException("refusing to write " + path + ": it resolves outside " + root);
    }
    Path existing = target;
    while (existing != null && existing.startsWith(realRoot) && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    // Only what exists inside the root can lead outside it; a root that does not exist yet holds nothing.
    if (existing != null && existing.startsWith(realRoot) && !existing.toRealPath().startsWith(realRoot)) {
      throw new IOException("refusing to write " + path + ": a symbolic link leads outside " + root);
    }
    return target;
  }

  /** The text on disk under a root, if the file exists. */
  public Optional<String> current(Path root) throws IOException {
    Path target = resolve(root);
    return Files.isRegularFile(target) ? Optional.of(Files.readString(target, StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /** Whether the file on disk already has exactly this text. */
  public boolean upToDate(Path root) throws IOException {
    return current(root).map(text::equals).orElse(false);
  }

  /** A unified diff from the file on disk to this text, or empty when they are equal. */
  public Optional<String> drift(Path root) throws IOException {
    String onDisk = current(root).orElse("");
    String diff = UnifiedDiff.of(path, onDisk, text);
    return diff.isEmpty() ? Optional.empty() : Optional.of(diff);
  }

  /** Writes the file atomically under a root, creating folders; the old file stays whole if anything fails. */
  public Path write(Path root) throws IOException {
    return AtomicFile.write(resolve(root), text);
  }

  @Override
  public String toString() {
    return "GeneratedFile[" + path + ", " + text.length() + " chars]";
  }
}
