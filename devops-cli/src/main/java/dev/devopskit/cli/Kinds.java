package dev.devopskit.cli;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values of {@code --kind}: the names of the installed formats, listed in {@code --help} (picocli's completion
 * candidates) and in the error for a kind that is not one of them.
 */
final class Kinds implements Iterable<String> {

  @Override
  public Iterator<String> iterator() {
    return names(Formats.installed()).iterator();
  }

  static List<String> names(Formats formats) {
    return formats.all().stream().map(Format::name).sorted().collect(Collectors.toList());
  }

  /** The format named by {@code --kind}; a usage error naming the kinds when there is none. */
  static Format<?> byName(Formats formats, String kind, List<String> extra) {
    Optional<Format<?>> format = formats.byName(kind);
    if (format.isEmpty()) {
      List<String> all = new java.util.ArrayList<>(names(formats));
      all.addAll(extra);
      throw new UsageException("unknown kind '" + kind + "'; use --kind with one of: " + String.join(", ", all));
    }
    return format.get();
  }
}
