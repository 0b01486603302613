package dev.devopskit.core.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text to a file atomically: into a temporary file beside it, then moved over it, so that a reader sees
 * the old file or the new one and a failure midway leaves the old file whole. For files a user names, such as a
 * report or a baseline; files inside a repository go through {@link GeneratedFile}, which also keeps them inside.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("build/report.sarif"), sarif);
 * }</pre>
 */
public final class AtomicFile {
  private AtomicFile() {}

  /**
   * Writes {@code text} as UTF-8 to {@code file}, creating its folders and replacing what was there.
   *
   * @return the absolute path written
   */
  public static Path write(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
