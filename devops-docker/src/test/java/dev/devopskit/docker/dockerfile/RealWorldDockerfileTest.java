package dev.devopskit.docker.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docker.Dockerfiles;
import dev.devopskit.docker.internal.format.DockerfileFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every real-world Dockerfile reads without an exception and round-trips (read, write, read: equal). */
class RealWorldDockerfileTest {

  @Test
  void should_read_and_round_trip_real_world_dockerfiles() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    DockerfileFormat format = new DockerfileFormat();
    List<Path> files = Shared.files(root, p -> format.claims(root.relativize(p).toString().replace('\\', '/')));
    int read = 0;
    int withErrors = 0;
    int roundTrips = 0;
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString();
      SourceFile source = SourceFile.of(name, Files.readString(file, StandardCharsets.UTF_8));
      Parsed<Dockerfile> parsed = Dockerfiles.read(source);
      read++;
      if (parsed.hasErrors() || parsed.value().isEmpty()) {
        withErrors++;
        failures.add("errors " + name + ": " + parsed.findings());
        continue;
      }
      String written = Dockerfiles.text(parsed.value().get(), WriteOptions.noHeader());
      Parsed<Dockerfile> again = Dockerfiles.read(SourceFile.of(name, written));
      if (again.value().equals(parsed.value()) && !again.hasErrors()) {
        roundTrips++;
        assertThat(Dockerfiles.text(again.value().get(), WriteOptions.noHeader())).as("writing is stable for " + name).isEqualTo(written);
      } else {
        failures.add("round trip " + name + ": " + again.findings() + "\n" + written);
      }
    }
    System.out.printf("real-world Dockerfiles: %d read, %d with errors, %d of %d valid round-trip%n", read,
        withErrors, roundTrips, read - withErrors);
    failures.forEach(f -> System.out.println("  " + f.lines().limit(3).reduce((a, b) -> a + " | " + b).orElse("")));
    assertThat(files).hasSizeGreaterThan(250);
    assertThat(roundTrips * 100.0 / Math.max(1, read - withErrors)).as("round-trip rate").isGreaterThanOrEqualTo(99.0);
  }
}
