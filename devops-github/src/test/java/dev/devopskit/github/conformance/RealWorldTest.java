package dev.devopskit.github.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real-world workflows: every one reads without an exception; at least 99 % round-trip to an equal value, and each
 * one that does not is listed with its reason in {@code real-world-exceptions.txt}.
 */
class RealWorldTest {

  @Test
  void should_read_and_round_trip_real_world_workflows() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    List<Path> files = Shared.files(root, p -> p.toString().replace('\\', '/').matches(".*/\\.github/workflows/[^/]+")
        && p.toString().matches(".*\\.ya?ml"));
    Map<String, String> listed = exceptions();
    List<String> unexpected = new ArrayList<>();
    int clean = 0;
    int roundTrips = 0;
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      Conformance.Outcome outcome = Conformance.run(file, name);
      outcome.written().ifPresent(w -> Oracles.write("real-world__" + name.replace("/.github/workflows/", "__"), w));
      if (outcome.errors().isEmpty()) {
        clean++;
      } else if (!listed.containsKey(name)) {
        unexpected.add(outcome.describe());
      }
      java.util.Set<String> lost = outcome.written().map(w -> Texts.lost(name, outcome.first().source().text(), w))
          .orElse(java.util.Set.of());
      if (!lost.isEmpty() && !listed.containsKey(name)) {
        unexpected.add(name + ": the written file lacks " + lost);
      }
      if (outcome.roundTrips() && lost.isEmpty()) {
        roundTrips++;
        if (listed.containsKey(name) && outcome.errors().isEmpty()) {
          unexpected.add(name + ": listed as an exception but reads cleanly and round-trips; remove it from the list");
        }
      } else if (!listed.containsKey(name)) {
        unexpected.add(name + ": does not round-trip\nfirst:  " + outcome.first().value() + "\nsecond: "
            + outcome.second().flatMap(s -> s.value()) + "\n" + outcome.written().orElse(""));
      }
    }
    System.out.println("real-world: " + files.size() + " workflows read, " + clean + " without errors, " + roundTrips
        + " round-trip (" + (100.0 * roundTrips / files.size()) + " %)");
    assertThat(files).hasSizeGreaterThan(300);
    assertThat(unexpected).isEmpty();
    assertThat(roundTrips * 100.0 / files.size()).isGreaterThanOrEqualTo(99.0);
  }

  /** The listed exceptions: {@code path<TAB>reason} lines. */
  static Map<String, String> exceptions() throws IOException {
    Map<String, String> listed = new LinkedHashMap<>();
    try (var in = RealWorldTest.class.getResourceAsStream("/conformance/real-world-exceptions.txt")) {
      if (in == null) {
        return listed;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        listed.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
      }
    }
    return listed;
  }
}
