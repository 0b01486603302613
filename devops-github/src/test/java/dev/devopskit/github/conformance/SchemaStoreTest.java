package dev.devopskit.github.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.testing.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SchemaStore's own workflow tests: valid files read cleanly and round-trip; invalid ones give errors. */
class SchemaStoreTest {
  private static Path folder(String kind) {
    return Shared.conformance().resolve("peer-tests/SchemaStore__schemastore/src").resolve(kind)
        .resolve("github-workflow");
  }

  @Test
  void should_read_every_valid_workflow_without_errors_and_round_trip_it() {
    List<Path> files = Shared.files(folder("test"), p -> p.toString().matches(".*\\.ya?ml"));
    List<String> problems = new ArrayList<>();
    int roundTrips = 0;
    for (Path file : files) {
      Conformance.Outcome outcome = Conformance.run(file, file.getFileName().toString());
      outcome.written().ifPresent(w -> Oracles.write("schemastore__" + outcome.name(), w));
      if (!outcome.errors().isEmpty()) {
        problems.add(outcome.describe());
      }
      if (outcome.roundTrips()) {
        roundTrips++;
      } else {
        problems.add(outcome.name() + ": does not round-trip\n" + outcome.written().orElse("")
            + "\nfirst:  " + outcome.first().value() + "\nsecond: " + outcome.second().flatMap(s -> s.value()));
      }
    }
    System.out.println("SchemaStore positive: " + files.size() + " files, " + (files.size() - problems.size())
        + " clean, " + roundTrips + " round-trip");
    assertThat(files).hasSizeGreaterThanOrEqualTo(37);
    assertThat(problems).isEmpty();
  }

  @Test
  void should_report_an_error_for_every_invalid_workflow() {
    List<Path> files = Shared.files(folder("negative_test"), p -> p.toString().matches(".*\\.ya?ml"));
    List<String> missed = new ArrayList<>();
    for (Path file : files) {
      Conformance.Outcome outcome = Conformance.run(file, file.getFileName().toString());
      if (outcome.errors().isEmpty()) {
        missed.add(outcome.name());
      } else {
        System.out.println(outcome.describe());
      }
    }
    System.out.println("SchemaStore negative: " + files.size() + " files, " + (files.size() - missed.size())
        + " rejected");
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    assertThat(missed).isEmpty();
  }
}
