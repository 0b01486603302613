package dev.devopskit.cli.hardening;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.testing.ReaderFuzz;
import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Seeds for one format's fuzzer: the conformance files (real-world, then peer tests) that the installed formats
 * route to it, as a repository would, then the project's own fixtures and examples when the corpus has none.
 */
final class FormatSeeds {
  private FormatSeeds() {}

  static Format<?> format(String name) {
    return Formats.installed().byName(name).orElseThrow(() -> new AssertionError("format not installed: " + name));
  }

  /** Up to {@code max} seeds for the named format. */
  static List<byte[]> of(String name, int max) {
    Formats formats = Formats.installed();
    List<Path> files = new ArrayList<>();
    Path conformance = Shared.conformance();
    for (String part : List.of("real-world", "peer-tests")) {
      files.addAll(claimed(formats, name, conformance.resolve(part), 2));
    }
    if (files.size() < 5) {
      Path project = projectRoot();
      for (Path folder : modules(project)) {
        files.addAll(claimed(formats, name, folder, 0));
      }
      files.addAll(claimed(formats, name, project.resolve("examples"), 1));
    }
    List<byte[]> seeds = new ArrayList<>(ReaderFuzz.seeds(files, max));
    if (seeds.isEmpty() && name.equals("dockerignore")) {
      // Neither the corpus nor the fixtures hold one: typical files, with negations, globs and comments.
      seeds.add(".git\n**/node_modules\n*.log\n!important.log\n# build output\ntarget/\n/dist\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      seeds.add("*\n!src/**\n!package.json\n!package-lock.json\n**/*.test.ts\n.env*\n!.env.example\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      seeds.add("# comment\n\n  spaced/path  \n\\#not-a-comment\n[a-z]*.tmp\n?.bak\n../outside\n/abs\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    if (seeds.isEmpty()) {
      throw new AssertionError("no seed for " + name);
    }
    return seeds;
  }

  static Path projectRoot() {
    Path current = Path.of("").toAbsolutePath();
    while (current != null && !Files.isRegularFile(current.resolve("mvnw"))) {
      current = current.getParent();
    }
    if (current == null) {
      throw new AssertionError("project root not found");
    }
    return current;
  }

  private static List<Path> modules(Path project) {
    try (Stream<Path> list = Files.list(project)) {
      return list.filter(p -> p.getFileName().toString().startsWith("devops-"))
          .map(p -> p.resolve("src/test/resources")).filter(Files::isDirectory).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Files under {@code folder} that the formats route to {@code name}; the path a format sees drops the first
   * {@code skip} segments (the corpus's {@code owner__repo} folder), as it would in that repository.
   */
  private static List<Path> claimed(Formats formats, String name, Path folder, int skip) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    return Shared.files(folder, p -> true).stream().filter(p -> {
      Path relative = folder.relativize(p);
      int from = relative.getNameCount() > skip ? skip : relative.getNameCount() - 1;
      String path = relative.subpath(from, relative.getNameCount()).toString().replace('\\', '/');
      String head;
      try {
        byte[] bytes = Files.readAllBytes(p);
        head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        return false;
      }
      return formats.forFile(path, head).map(f -> f.name().equals(name)).orElse(false);
    }).collect(Collectors.toList());
  }
}
