package dev.devopskit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.InMemoryJava;
import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every workflow, Dockerfile, compose file and Prometheus rule file of the conformance data (real-world and peer
 * tests), written as Java, compiles (all classes in one compiler call) and, run, builds a value equal to the one
 * read from the file. The numbers per kind and every exception go to {@code target/to-java-conformance.txt}.
 */
class ToJavaConformanceTest {
  private static final String PACKAGE = "roundtrip";

  /** One file read into a value. */
  private record Sample(String kind, String path, Object value, String className) {}

  @Test
  void should_build_an_equal_value_from_the_java_of_every_conformance_file() throws Exception {
    Path conformance = Shared.conformance();
    Formats formats = Formats.installed();
    Map<String, int[]> counts = new TreeMap<>();
    List<String> exceptions = new ArrayList<>();
    List<Sample> samples = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    // whole-repos adds the actions (action.yml) that real-world lacks; its other files are real-world's kinds again
    for (String folder : List.of("real-world", "peer-tests", "whole-repos")) {
      for (Path repository : Shared.files(conformance.resolve(folder), p -> true).stream()
          .map(p -> conformance.resolve(folder).relativize(p).getName(0)).distinct().toList()) {
        Path root = conformance.resolve(folder).resolve(repository);
        for (Path file : Shared.files(root, p -> true)) {
          String relative = root.relativize(file).toString().replace('\\', '/');
          String shown = folder + "/" + repository + "/" + relative;
          Parsed<SourceFile> source = Sources.load(file, shown, Sources.DEFAULT_MAX_BYTES);
          String text = source.value().map(SourceFile::text).orElse("");
          Format<?> format = formats.forFile(relative, text.substring(0, Math.min(4096, text.length()))).orElse(null);
          if (relative.startsWith("src/test/github-action/") && repository.toString().startsWith("SchemaStore")) {
            // SchemaStore's valid action samples: actions by their folder, whatever their file names
            format = formats.byName("github-action").orElse(null);
          }
          if (format == null || !ToJava.formats().contains(format.name())
              || folder.equals("whole-repos") && !format.name().equals("github-action")) {
            continue;
          }
          int[] count = counts.computeIfAbsent(format.name(), k -> new int[4]);
          Parsed<?> parsed = source.value().isPresent() ? format.read(source.value().get()) : source;
          if (parsed.hasErrors() || parsed.value().isEmpty()) {
            count[0]++;
            invalid.add(format.name() + "\t" + shown + "\tinvalid, not converted: " + parsed.findings().stream()
                .filter(f -> f.severity() == dev.devopskit.core.check.Severity.ERROR).findFirst()
                .map(f -> f.message()).orElse("no value"));
            continue;
          }
          count[1]++;
          samples.add(new Sample(format.name(), shown, parsed.value().get(), null));
        }
      }
    }
    Map<String, String> names = ToJava.classNames(samples.stream().map(Sample::path).toList());
    Map<String, String> sources = new LinkedHashMap<>();
    List<Sample> written = new ArrayList<>();
    for (Sample sample : samples) {
      String name = names.get(sample.path());
      try {
        sources.put(PACKAGE + "." + name, ToJava.source(sample.value(), PACKAGE, name, true, sample.path()));
        written.add(new Sample(sample.kind(), sample.path(), sample.value(), name));
      } catch (RuntimeException e) {
        exceptions.add(sample.kind() + "\t" + sample.path() + "\tnot written: " + e.getMessage());
      }
    }
    Path out = Path.of("target/to-java-sources", PACKAGE);
    Files.createDirectories(out);
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Files.writeString(out.resolve(source.getKey().substring(PACKAGE.length() + 1) + ".java"), source.getValue());
    }
    long started = System.nanoTime();
    InMemoryJava.Compiled compiled = InMemoryJava.compile(sources);
    long compileMillis = (System.nanoTime() - started) / 1_000_000;
    for (Sample sample : written) {
      String className = PACKAGE + "." + sample.className();
      List<String> errors = compiled.errors().getOrDefault(className, List.of());
      if (!errors.isEmpty()) {
        exceptions.add(sample.kind() + "\t" + sample.path() + "\tdoes not compile: " + errors.get(0));
        continue;
      }
      int[] count = counts.get(sample.kind());
      count[2]++;
      Object built;
      try {
        Class<?> type = compiled.loader().loadClass(className);
        built = java.util.Arrays.stream(type.getMethods())
            .filter(m -> m.getParameterCount() == 0 && m.getReturnType() != void.class
                && java.lang.reflect.Modifier.isStatic(m.getModifiers()))
            .findFirst().orElseThrow().invoke(null);
      } catch (ReflectiveOperationException | LinkageError e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        exceptions.add(sample.kind() + "\t" + sample.path() + "\tthrows: " + cause);
        continue;
      }
      if (built.equals(sample.value())) {
        count[3]++;
      } else {
        exceptions.add(sample.kind() + "\t" + sample.path() + "\tbuilds a different value");
      }
    }
    List<String> report = new ArrayList<>();
    report.add("kind\tinvalid files (not read)\tfiles read\tcompiled\tequal");
    counts.forEach((kind, c) -> report.add(kind + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3]));
    report.add("compile time of " + sources.size() + " classes: " + compileMillis + " ms");
    report.addAll(exceptions);
    report.addAll(invalid);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/to-java-conformance.txt"), report, StandardCharsets.UTF_8);
    report.forEach(System.out::println);
    assertThat(counts.keySet()).containsAll(ToJava.formats());
    counts.forEach((kind, c) -> assertThat(c[3] * 100.0 / c[1])
        .as("%s: %s of %s files build an equal value; exceptions:%n%s", kind, c[3], c[1],
            String.join("\n", exceptions))
        .isGreaterThanOrEqualTo(99.0));
  }
}
