package dev.devopskit.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.internal.format.ComposeFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every real-world compose file reads without an exception; valid ones round-trip to an equal value. */
class RealWorldComposeTest {
  /** Valid files that use keys newer than the stored compose-spec schema, so the schema oracle rejects them too. */
  private static final java.util.Set<String> NEWER_THAN_SCHEMA = java.util.Set.of(
      "docker__compose/pkg/e2e/testdata/TestPreStartHookSuccess/compose.yaml");

  @Test
  void should_read_and_round_trip_real_world_compose_files() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    ComposeFormat format = new ComposeFormat();
    List<Path> files = Shared.files(root, p -> format.claims(root.relativize(p).toString().replace('\\', '/')));
    int read = 0;
    int withErrors = 0;
    int roundTrips = 0;
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString();
      Parsed<ComposeFile> parsed = Compose.read(SourceFile.of(name, Files.readString(file, StandardCharsets.UTF_8)));
      read++;
      if (parsed.hasErrors() || parsed.value().isEmpty()) {
        withErrors++;
        failures.add("errors " + name + ": " + parsed.findings());
        continue;
      }
      String written = Compose.text(parsed.value().get(), WriteOptions.noHeader());
      Parsed<ComposeFile> again = Compose.read(SourceFile.of(name, written));
      if (again.value().equals(parsed.value()) && !again.hasErrors()) {
        roundTrips++;
        if (!NEWER_THAN_SCHEMA.contains(name)) {
          Shared.oracleOutput("schema/compose-spec", "real-world-" + name.replaceAll("[^A-Za-z0-9._-]", "_"), written);
        }
      } else {
        failures.add("round trip " + name + ": " + again.findings() + "\n" + again.value() + "\n" + parsed.value());
      }
    }
    System.out.printf("real-world compose files: %d read, %d with errors, %d of %d valid round-trip%n", read,
        withErrors, roundTrips, read - withErrors);
    failures.forEach(f -> System.out.println("  " + f.substring(0, Math.min(f.length(), 600))));
    assertThat(files).hasSizeGreaterThan(100);
    assertThat(roundTrips * 100.0 / Math.max(1, read - withErrors)).as("round-trip rate").isGreaterThanOrEqualTo(99.0);
  }
}
