package dev.devopskit.github.conformance;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.github.workflow.Workflow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reading, writing and reading again one conformance file. */
final class Conformance {
  private Conformance() {}

  /** The outcome for one file. */
  record Outcome(String name, Parsed<Workflow> first, Optional<String> written, Optional<Parsed<Workflow>> second) {
    List<Finding> errors() {
      return first.findings().stream().filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
    }

    boolean roundTrips() {
      return second.isPresent() && second.get().value().equals(first.value());
    }

    String describe() {
      return name + ": " + errors().stream().map(Finding::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
  }

  static Outcome run(Path file, String name) {
    String text = Shared.text(file);
    Parsed<Workflow> first = GitHubActions.read(SourceFile.of(name, text));
    if (first.value().isEmpty()) {
      return new Outcome(name, first, Optional.empty(), Optional.empty());
    }
    String written = GitHubActions.text(first.value().get(), WriteOptions.noHeader());
    Parsed<Workflow> second = GitHubActions.read(SourceFile.of(name, written));
    return new Outcome(name, first, Optional.of(written), Optional.of(second));
  }
}
