package dev.devopskit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The run from which the {@code devops} launcher builds its class-data archive: the user's command, exactly as
 * {@link Devops#main} runs it, then a check of a small repository bundled in the jar, with every report format.
 *
 * <p>The archive holds the classes a run loaded. A first check of a repository with only a few kinds of files, or
 * none with problems, would leave out the readers, rules, findings and reports it did not need, and every later
 * check of a bigger repository would load those from the jar again. The bundled repository has every file kind the
 * tool reads, clean and with problems, so the archive serves any repository. The training writes only into a
 * temporary folder, which it deletes, prints nothing, and never changes the user's exit code; if it fails, the
 * archive is built from the user's command alone.
 *
 * <pre>{@code
 * java -XX:DumpLoadedClassList=devops.classes -cp devops.jar dev.devopskit.cli.ArchiveTraining check .
 * }</pre>
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  /** Runs the user's command, trains, and exits with the user's command's exit code. */
  public static void main(String[] args) {
    int status = Devops.run(args);
    train(Path.of(System.getProperty("java.io.tmpdir")));
    System.exit(status);
  }

  /**
   * Checks the bundled repository with every report format, in a new folder under {@code temporary} that it
   * deletes afterwards, printing nothing; never throws.
   */
  static void train(Path temporary) {
    Path work = null;
    try {
      work = Files.createTempDirectory(temporary, "devops-training");
      Path repository = TrainingRepository.writeTo(work.resolve("repository"));
      Path reports = Files.createDirectory(work.resolve("reports"));
      String root = repository.toString();
      // Every profile's rules run once, so that a check under any policy finds its classes in the archive.
      quietly("check", root, "--profile", "strict");
      quietly("check", root);
      for (String format : List.of("json", "sarif", "github")) {
        quietly("check", root, "--profile", "strict", "--format", format, "-o",
            reports.resolve("report." + format).toString());
      }
      Path baseline = reports.resolve("baseline.txt");
      quietly("check", root, "--write-baseline", baseline.toString());
      quietly("check", root, "--baseline", baseline.toString(), "--fail-on", "note");
    } catch (IOException | RuntimeException | LinkageError e) {
      // Best effort: the archive is then built from the user's command alone.
    } finally {
      deleteQuietly(work);
    }
  }

  /** Runs a command with the whole command tree, its output and messages thrown away. */
  private static void quietly(String... args) {
    CommandLine line = Devops.commandLine();
    line.setOut(new PrintWriter(Writer.nullWriter()));
    line.setErr(new PrintWriter(Writer.nullWriter()));
    line.execute(args);
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is harmless; the system's cleaning removes it.
    }
  }
}
