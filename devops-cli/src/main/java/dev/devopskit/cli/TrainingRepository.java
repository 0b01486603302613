package dev.devopskit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The small repository bundled in the jar for {@link ArchiveTraining}: every file kind the tool reads, the tree
 * {@code devops init} writes plus files with problems. {@code training/files.txt} (beside this class) lists its
 * paths; each file is stored under its path plus {@link #SUFFIX}.
 *
 * <pre>{@code
 * java -cp devops.jar dev.devopskit.cli.TrainingRepository FOLDER   # writes the repository into FOLDER
 * }</pre>
 */
public final class TrainingRepository {
  static final String FOLDER = "training/";
  /**
   * Stored names end with this, so no format claims the stored files when the tool's own sources are checked;
   * {@link #writeTo} writes them under their real names.
   */
  static final String SUFFIX = ".train";

  private TrainingRepository() {}

  /** Writes the repository into the folder given (for benchmarks that train on the same files). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: TrainingRepository FOLDER");
    }
    writeTo(Path.of(args[0]));
  }

  /** Writes the repository into {@code folder} (made if missing) and returns it. */
  static Path writeTo(Path folder) throws IOException {
    for (String path : paths()) {
      Path target = folder.resolve(path).normalize();
      if (!target.startsWith(folder.normalize())) {
        throw new IOException("training file outside its folder: " + path);
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = resource(path + SUFFIX)) {
        Files.copy(in, target);
      }
    }
    return folder;
  }

  /** The relative paths of the repository's files. */
  static List<String> paths() throws IOException {
    List<String> paths = new ArrayList<>();
    try (InputStream in = resource("files.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          paths.add(line.strip());
        }
      }
    }
    return paths;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = TrainingRepository.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IOException("training file missing from the jar: " + name);
    }
    return in;
  }
}
