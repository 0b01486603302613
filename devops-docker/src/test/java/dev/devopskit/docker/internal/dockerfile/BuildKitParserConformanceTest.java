package dev.devopskit.docker.internal.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** BuildKit's own parser test files: each case reads to the instruction list its {@code result} gives. */
class BuildKitParserConformanceTest {
  private static final String PARSER = "peer-tests/moby__buildkit/frontend/dockerfile/parser";

  private static List<Path> cases(String folder) throws IOException {
    try (Stream<Path> list = Files.list(Shared.conformance().resolve(PARSER).resolve(folder))) {
      return list.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void should_read_every_positive_case_to_its_result() throws IOException {
    List<Path> cases = cases("testfiles");
    List<String> failures = new ArrayList<>();
    for (Path folder : cases) {
      String text = Files.readString(folder.resolve("Dockerfile"), StandardCharsets.UTF_8);
      String expected = Files.readString(folder.resolve("result"), StandardCharsets.UTF_8).strip();
      DockerfileParser.Result result = DockerfileParser.parse(text);
      String actual = result.nodes().stream().map(DockerfileParser::dump).collect(Collectors.joining("\n"));
      if (!result.problems().isEmpty() || !actual.equals(expected)) {
        failures.add(folder.getFileName() + ": " + result.problems() + "\nexpected:\n" + expected + "\nactual:\n"
            + actual);
      }
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    assertThat(failures).as("BuildKit cases passing: %d of %d", cases.size() - failures.size(), cases.size())
        .isEmpty();
  }

  @Test
  void should_report_an_error_for_every_negative_case() throws IOException {
    List<Path> cases = cases("testfiles-negative");
    List<String> failures = new ArrayList<>();
    for (Path folder : cases) {
      String text = Files.readString(folder.resolve("Dockerfile"), StandardCharsets.UTF_8);
      if (DockerfileParser.parse(text).problems().isEmpty()) {
        failures.add(folder.getFileName().toString());
      }
    }
    assertThat(cases).isNotEmpty();
    assertThat(failures).as("negative cases read without error").isEmpty();
  }
}
