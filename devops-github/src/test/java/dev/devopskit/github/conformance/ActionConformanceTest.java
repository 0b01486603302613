package dev.devopskit.github.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.Actions;
import dev.devopskit.github.action.Action;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every action file of the conformance corpus (the real ones of the whole repositories, SchemaStore's tests) and
 * this repository's own {@code action.yml}: valid ones read without errors, write, and read back equal, and what is
 * written goes to the official schema ({@code .ci/run}); invalid ones give errors.
 */
class ActionConformanceTest {
  private static Path schemaStore(String kind) {
    return Shared.conformance().resolve("peer-tests/SchemaStore__schemastore/src").resolve(kind)
        .resolve("github-action");
  }

  @Test
  void should_read_write_and_read_back_every_valid_action_equal() {
    List<Path> files = new ArrayList<>(Shared.files(Shared.conformance().resolve("whole-repos"),
        p -> p.getFileName().toString().matches("action\\.ya?ml")));
    files.addAll(Shared.files(schemaStore("test"), p -> p.toString().endsWith(".json")));
    files.add(Path.of("..", "action.yml"));
    List<String> problems = new ArrayList<>();
    int roundTrips = 0;
    for (Path file : files) {
      String name = file.startsWith("..") ? "devops-kit__action.yml"
          : file.getParent().getFileName() + "__" + file.getFileName();
      Parsed<Action> first = Actions.read(SourceFile.of(name, Shared.text(file)));
      List<Finding> errors = first.findings().stream().filter(f -> f.severity() == Severity.ERROR)
          .collect(Collectors.toList());
      if (!errors.isEmpty() || first.value().isEmpty()) {
        problems.add(name + ": " + errors);
        continue;
      }
      String written = Actions.text(first.value().get(), WriteOptions.noHeader());
      Shared.oracleOutput("schema/github-action", name.replaceAll("\\.(json|yaml)$", ".yml"), written);
      Parsed<Action> second = Actions.read(SourceFile.of(name, written));
      if (second.value().equals(first.value()) && second.findings().isEmpty()) {
        roundTrips++;
      } else {
        problems.add(name + ": does not round-trip\n" + written + "\nfirst:  " + first.value()
            + "\nsecond: " + second.value() + " " + second.findings());
      }
    }
    System.out.println("Actions: " + files.size() + " files, " + roundTrips + " round-trip");
    assertThat(files).hasSizeGreaterThanOrEqualTo(6);
    assertThat(problems).isEmpty();
    assertThat(roundTrips).isEqualTo(files.size());
  }

  @Test
  void should_report_an_error_for_every_invalid_action() {
    List<Path> files = Shared.files(schemaStore("negative_test"), p -> p.toString().endsWith(".json"));
    List<String> missed = new ArrayList<>();
    for (Path file : files) {
      Parsed<Action> read = Actions.read(SourceFile.of(file.getFileName().toString(), Shared.text(file)));
      if (read.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
        missed.add(file.getFileName().toString());
      }
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    assertThat(missed).isEmpty();
  }
}
