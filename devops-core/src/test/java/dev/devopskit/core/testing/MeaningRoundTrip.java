package dev.devopskit.core.testing;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Measures what {@code devops config} does to real files: each file that reads with no error is printed, and the
 * printed text must mean the same as the file by a reader that is not the one that read it ({@link #meaning}).
 *
 * <p>The outcome is a line per kind for {@code docs/round-trip.md} and the files that did not come back the same,
 * which a test compares with its list of known exceptions (each with a reason).
 */
public final class MeaningRoundTrip<T> {
  private final String kind;
  private final Format<T> format;
  /** The difference in meaning between the original text and the printed one, or empty when they mean the same. */
  private final BiFunction<String, String, Optional<String>> meaning;
  private int files;
  private int valid;
  private int same;
  private final Map<String, String> changed = new LinkedHashMap<>();
  private final Map<String, String> invalid = new LinkedHashMap<>();

  private MeaningRoundTrip(String kind, Format<T> format, BiFunction<String, String, Optional<String>> meaning) {
    this.kind = kind;
    this.format = format;
    this.meaning = meaning;
  }

  /** A measurement of one kind of file. */
  public static <T> MeaningRoundTrip<T> of(String kind, Format<T> format,
      BiFunction<String, String, Optional<String>> meaning) {
    return new MeaningRoundTrip<>(kind, format, meaning);
  }

  /** Reads, prints and compares one file; {@code name} is the path the format sees. */
  public void measure(Path file, String name) {
    String text = Shared.text(file);
    files++;
    Parsed<T> parsed = format.read(SourceFile.of(name, text));
    Optional<Finding> error = parsed.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
    if (parsed.value().isEmpty() || error.isPresent()) {
      invalid.put(name, error.map(Finding::toString).orElse("nothing could be read"));
      return;
    }
    valid++;
    Optional<String> difference = meaning.apply(text, format.write(parsed.value().get()));
    if (difference.isEmpty()) {
      same++;
    } else {
      changed.put(name, difference.get());
    }
  }

  /** The files read, those with no error, and those of them printed with the same meaning. */
  public String summary() {
    return String.format(Locale.ROOT, "%s: %d files, %d read with no error, %d of them printed with the same meaning"
        + " (%.1f %%)", kind, files, valid, same, valid == 0 ? 100.0 : 100.0 * same / valid);
  }

  /** Files read with no error: {@link #files()} less those with errors. */
  public int valid() {
    return valid;
  }

  /** Files measured. */
  public int files() {
    return files;
  }

  /** The files read with an error (not printed), with their first error. */
  public Map<String, String> invalid() {
    return invalid;
  }

  /** The valid files printed with another meaning, with the first difference. */
  public Map<String, String> changed() {
    return changed;
  }

  /**
   * The changed files that a list of known exceptions ({@code name<TAB>reason} lines, {@code #} comments) does
   * not name, and the listed ones that now come back the same (to be removed from the list).
   */
  public List<String> unexpected(String exceptions) {
    Map<String, String> listed = new LinkedHashMap<>();
    for (String line : exceptions.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.split("\t", 2);
        listed.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
      }
    }
    List<String> unexpected = new ArrayList<>();
    changed.forEach((name, why) -> {
      if (!listed.containsKey(name)) {
        unexpected.add(name + ": printed with another meaning: " + why);
      }
    });
    listed.keySet().stream().filter(name -> !changed.containsKey(name))
        .forEach(name -> unexpected.add(name + ": listed as an exception but comes back the same; remove it"));
    return unexpected;
  }
}
