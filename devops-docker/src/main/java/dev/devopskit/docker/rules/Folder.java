package dev.devopskit.docker.rules;

import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder of the checked file, for the rules that look at sibling files ({@code .dockerignore}, {@code .env},
 * build contexts). Only when the file's path names a file that exists on disk (relative to the working directory
 * or absolute); otherwise those rules stay silent, so they remain pure for values built in Java.
 */
final class Folder {
  private Folder() {}

  static Optional<Path> of(RuleContext context) {
    return context.source().map(SourceFile::path).filter(p -> !p.isEmpty()).flatMap(p -> {
      try {
        Path file = Path.of(p);
        return Files.isRegularFile(file) ? Optional.ofNullable(file.toAbsolutePath().getParent()) : Optional.empty();
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    });
  }

  static Optional<String> read(Path file) {
    try {
      return Files.isRegularFile(file) && Files.size(file) < 1024 * 1024
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
