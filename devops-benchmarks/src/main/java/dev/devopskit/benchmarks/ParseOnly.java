package dev.devopskit.benchmarks;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lower bound of a check: discover the same files {@code devops check} would, read and parse each with its
 * format, and nothing else (no rule, no secret scan, no report). {@code java -cp benchmarks.jar
 * dev.devopskit.benchmarks.ParseOnly DIR...} prints the file count and the in-process milliseconds; the files are
 * discovered once, as a check discovers them.
 */
public final class ParseOnly {
  private ParseOnly() {}

  /** Parses every file under root; returns how many findings the readers gave (to keep the work observable). */
  public static int parseAll(Formats formats, Path root) throws IOException {
    return parseAll(PathCheck.of(formats, Policy.defaults()).discover(List.of(root)));
  }

  /** Parses the discovered files; returns how many findings the readers gave. */
  public static int parseAll(List<PathCheck.Target> targets) {
    return targets.parallelStream().mapToInt(ParseOnly::parse).sum();
  }

  private static int parse(PathCheck.Target target) {
    Parsed<SourceFile> loaded = Sources.load(target.file(), target.displayPath(), Sources.DEFAULT_MAX_BYTES);
    if (loaded.value().isEmpty()) {
      return loaded.findings().size();
    }
    Format<?> format = target.format();
    return format.read(loaded.value().get()).findings().size();
  }

  /** Prints {@code files=N findings=F ms=M} for the folders given. */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    Formats formats = Formats.installed();
    List<Path> roots = Arrays.stream(args).map(Path::of).collect(Collectors.toList());
    List<PathCheck.Target> targets = PathCheck.of(formats, Policy.defaults()).discover(roots);
    int files = targets.size();
    int findings = parseAll(targets);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "files=%d findings=%d ms=%d%n", files, findings, millis);
  }
}
