package dev.devopskit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The real-world files the benchmarks read: {@code ../shared/conformance/real-world}, or {@code -Dcorpus=DIR}. */
final class Corpus {
  private Corpus() {}

  static Path root() {
    String configured = System.getProperty("corpus");
    if (configured != null) {
      return Path.of(configured);
    }
    Path current = Path.of("").toAbsolutePath();
    while (current != null) {
      Path candidate = current.resolve("shared/conformance/real-world");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      current = current.getParent();
    }
    throw new IllegalStateException("no corpus: run beside ../shared or pass -Dcorpus=DIR");
  }

  static List<Path> files(Predicate<Path> filter) {
    try (Stream<Path> walk = Files.walk(root())) {
      return walk.filter(Files::isRegularFile).filter(filter).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean yaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }
}
