package dev.devopskit.benchmarks;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The corpus's files grouped by the format the installed formats route them to, as {@code devops check} does. */
final class Routed {
  private Routed() {}

  /** A file of the corpus: where it is, its path inside its repository, and its text. */
  record Entry(Path file, String relativePath, String text) {}

  static Map<String, List<Entry>> byFormat(Formats formats) {
    Map<String, List<Entry>> routed = new LinkedHashMap<>();
    Path root = Corpus.root();
    for (Path file : Corpus.files(p -> true)) {
      Path relative = root.relativize(file);
      String inRepository = relative.getNameCount() > 1
          ? relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/')
          : relative.toString();
      String text = Corpus.read(file);
      formats.forFile(inRepository, text.substring(0, Math.min(text.length(), 512))).ifPresent(format ->
          routed.computeIfAbsent(format.name(), k -> new ArrayList<>()).add(new Entry(file, inRepository, text)));
    }
    return routed;
  }

  static Format<?> format(Formats formats, String name) {
    return formats.byName(name).orElseThrow(() -> new IllegalArgumentException("no format " + name));
  }
}
