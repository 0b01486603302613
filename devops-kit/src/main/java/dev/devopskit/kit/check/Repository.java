package dev.devopskit.kit.check;

import dev.devopskit.core.format.Parsed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the cross-file rules see of a checkout: its root, and the files of the formats they asked for, read.
 */
public final class Repository {
  private final Path root;
  private final Map<String, List<Parsed<?>>> byFormat;

  Repository(Path root, Map<String, List<Parsed<?>>> byFormat) {
    this.root = root;
    this.byFormat = byFormat;
  }

  /** The checkout's root folder. */
  public Path root() {
    return root;
  }

  /** The files of a format that were read, in path order (only formats some cross-file rule asked for). */
  public List<Parsed<?>> files(String format) {
    return byFormat.getOrDefault(format, List.of());
  }

  /** The values of a format's files with their parsed form, typed. */
  public <T> List<Parsed<T>> values(String format, Class<T> type) {
    List<Parsed<T>> out = new ArrayList<>();
    for (Parsed<?> parsed : files(format)) {
      if (parsed.value().isPresent() && type.isInstance(parsed.value().get())) {
        @SuppressWarnings("unchecked")
        Parsed<T> typed = (Parsed<T>) parsed;
        out.add(typed);
      }
    }
    return out;
  }

  /** The file at a path relative to the root, if it was read. */
  public Optional<Parsed<?>> file(String relativePath) {
    return byFormat.values().stream().flatMap(List::stream)
        .filter(p -> p.source().path().equals(relativePath) || p.source().path().endsWith("/" + relativePath))
        .findFirst();
  }

  /**
   * How a path relative to the root is named in findings: like the files that were read, relative to the working
   * directory when the root is under it, absolute otherwise. For findings about a file that does not exist.
   */
  public String displayPath(String relativePath) {
    Path absolute = root.resolve(relativePath).toAbsolutePath().normalize();
    Path workingDirectory = Path.of("").toAbsolutePath().normalize();
    Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  /** Whether a file exists in the checkout (any file, read or not). */
  public boolean exists(String relativePath) {
    try {
      Path resolved = root.resolve(relativePath).normalize();
      return resolved.startsWith(root.normalize()) && java.nio.file.Files.exists(resolved);
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }
}
