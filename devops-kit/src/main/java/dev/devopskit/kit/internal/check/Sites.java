package dev.devopskit.kit.internal.check;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.kit.check.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where the cross-file rules find things: the YAML tree behind a parsed file, lines of plain files, sibling files. */
final class Sites {
  private static final long MAX_SIDE_FILE = 1024 * 1024;

  private Sites() {}

  /** The YAML tree a file was read from, when its format is YAML. */
  static Optional<YamlNode> tree(Parsed<?> parsed) {
    return parsed.sourceMap() instanceof YamlDocument document ? document.root() : Optional.empty();
  }

  /** The node at a path of a YAML file. */
  static Optional<YamlNode> node(Parsed<?> parsed, DocPath path) {
    return parsed.sourceMap() instanceof YamlDocument document ? document.node(path) : Optional.empty();
  }

  /** Every string of a YAML file with its path. */
  static List<StringSite> strings(Parsed<?> parsed) {
    return tree(parsed).map(YamlStrings::of).orElse(List.of());
  }

  /** The entries of a mapping at a path (empty when it is not a mapping). */
  static List<YamlMapping.Entry> entries(Parsed<?> parsed, DocPath path) {
    return node(parsed, path).flatMap(YamlNode::asMapping).map(YamlMapping::entries).orElse(List.of());
  }

  /** The items of a sequence at a path (empty when it is not a sequence). */
  static List<YamlNode> items(Parsed<?> parsed, DocPath path) {
    return node(parsed, path).flatMap(YamlNode::asSequence).map(YamlSequence::items).orElse(List.of());
  }

  /** The text of a scalar at a path. */
  static Optional<String> text(Parsed<?> parsed, DocPath path) {
    return node(parsed, path).flatMap(YamlNode::text);
  }

  /** The same file with positions by line: {@code lines[n]} is line n (1-based). */
  static <T> Parsed<T> byLine(Parsed<T> parsed) {
    SourceFile source = parsed.source();
    return Parsed.of(parsed.value().orElseThrow(), source, path -> {
      List<Object> segments = path.segments();
      if (segments.size() == 2 && "lines".equals(segments.get(0)) && segments.get(1) instanceof Integer line
          && line >= 1 && line <= source.lineCount()) {
        return Optional.of(Span.line(source, line));
      }
      return Optional.empty();
    }, List.of());
  }

  /** The path of line n of a file read {@link #byLine by line}. */
  static DocPath line(int line) {
    return DocPath.of("lines").index(line);
  }

  /** The path of a file relative to the root (files are named relative to the working directory when read). */
  static String relative(Repository repository, Parsed<?> file) {
    String shown = file.source().path();
    try {
      Path absolute = Path.of(shown).toAbsolutePath().normalize();
      if (absolute.startsWith(repository.root())) {
        return repository.root().relativize(absolute).toString().replace('\\', '/');
      }
    } catch (RuntimeException e) {
      // a name that is no path: keep it as it is
    }
    return shown;
  }

  /** The folder of a file relative to the root ("" at the root). */
  static String folder(Repository repository, Parsed<?> file) {
    return folder(relative(repository, file));
  }

  /** The folder of a path ("" at the root). */
  static String folder(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? "" : relativePath.substring(0, slash);
  }

  /** A path relative to the root, from a folder and a relative path; empty when it leaves the root or is odd. */
  static Optional<String> resolve(String folder, String relative) {
    try {
      Path base = folder.isEmpty() ? Path.of("") : Path.of(folder);
      Path resolved = base.resolve(relative.startsWith("./") ? relative.substring(2) : relative).normalize();
      String text = resolved.toString().replace('\\', '/');
      return text.startsWith("..") || resolved.isAbsolute() ? Optional.empty() : Optional.of(text);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether a folder or file exists under the root. */
  static boolean exists(Repository repository, String relativePath) {
    return relativePath.isEmpty() || repository.exists(relativePath);
  }

  /** Whether a path is a folder under the root. */
  static boolean isFolder(Repository repository, String relativePath) {
    if (relativePath.isEmpty()) {
      return true;
    }
    Path resolved = repository.root().resolve(relativePath).normalize();
    return resolved.startsWith(repository.root()) && Files.isDirectory(resolved);
  }

  /** A small text file under the root, read from disk. */
  static Optional<String> read(Repository repository, String relativePath) {
    try {
      Path file = repository.root().resolve(relativePath).normalize();
      if (!file.startsWith(repository.root()) || !Files.isRegularFile(file) || Files.size(file) > MAX_SIDE_FILE) {
        return Optional.empty();
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether a text holds a variable or an expression that only a run can resolve. */
  static boolean dynamic(String text) {
    return text.contains("$") || text.contains("{{") || text.contains("%{");
  }

}
