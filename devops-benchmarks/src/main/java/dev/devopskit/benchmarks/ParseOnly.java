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
import java.util.List;
import java.util.Locale;

/**
 * The lower bound of a check: discover the same files {@code devops check} would, read and parse each with its
 * format, and nothing else (no rule, no secret scan, no report). {@code java -cp benchmarks.jar
 * dev.devopskit.benchmarks.ParseOnly DIR} prints the file count and the in-process milliseconds.
 */
public final class ParseOnly {
  private ParseOnly() {}

  /** Parses every file under root; returns how many findings the readers gave (to keep the work observable). */
  public static int parseAll(Formats formats, Path root) throws IOException {
    PathCheck discovery = PathCheck.of(formats, Policy.defaults());
    List<PathCheck.Target> targets = discovery.discover(List.of(root));
    return targets.parallelStream().mapToInt(target -> parse(target)).sum();
  }

  private static int parse(PathCheck.Target target) {
    Parsed<SourceFile> loaded = Sources.load(target.file(), target.displayPath(), Sources.DEFAULT_MAX_BYTES);
    if (loaded.value().isEmpty()) {
      return loaded.findings().size();
    }
    Format<?> format = target.format();
    return format.read(loaded.value().get()).findings().size();
  }

  /** Prints {@code files=N ms=M} for the folder given. */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    Formats formats = Formats.installed();
    Path root = Path.of(args[0]);
    int files = PathCheck.of(formats, Policy.defaults()).discover(List.of(root)).size();
    int findings = parseAll(formats, root);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "files=%d findings=%d ms=%d%n", files, findings, millis);
  }
}
