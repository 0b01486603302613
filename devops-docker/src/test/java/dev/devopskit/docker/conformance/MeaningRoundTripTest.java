package dev.devopskit.docker.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.testing.MeaningRoundTrip;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.internal.dockerfile.DockerfileParser;
import dev.devopskit.docker.internal.format.ComposeFormat;
import dev.devopskit.docker.internal.format.DockerfileFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every compose file and Dockerfile of the conformance data that reads with no error is printed as
 * {@code devops config} prints it and means the same: compose files to an independent YAML 1.2 reader, Dockerfiles
 * as BuildKit's parse tree (the parser port that passes BuildKit's own test files, not the model's reader). The rates are in
 * {@code docs/round-trip.md}; each exception is listed with its reason.
 */
class MeaningRoundTripTest {
  private static final String COMPOSE_GO = "peer-tests/compose-spec__compose-go/";
  private static final String BUILDKIT = "peer-tests/moby__buildkit/frontend/dockerfile/parser/testfiles/";

  private static String exceptions(String name) throws IOException {
    try (var in = MeaningRoundTripTest.class.getResourceAsStream("/conformance/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static <T> MeaningRoundTrip<T> measure(MeaningRoundTrip<T> measure, Format<T> format,
      java.util.function.Predicate<String> also) {
    Path root = Shared.conformance();
    for (Path file : Shared.files(root, p -> true)) {
      String name = root.relativize(file).toString().replace('\\', '/');
      String local = name.replaceFirst("^(real-world|whole-repos)/[^/]+/", "");
      if (!name.startsWith("peer-tests/") && format.claims(local) || also.test(name)) {
        measure.measure(file, name);
      }
    }
    System.out.println(measure.summary());
    measure.changed().forEach((name, why) -> System.out.println("  " + name + "\t" + why));
    measure.invalid().forEach((name, why) -> System.out.println("  not valid: " + why));
    return measure;
  }

  @Test
  void should_print_every_valid_compose_file_with_the_same_meaning() throws IOException {
    ComposeFormat format = new ComposeFormat();
    MeaningRoundTrip<ComposeFile> measure = measure(MeaningRoundTrip.of("compose files", format,
        ComposeMeaning::difference), format, name -> name.startsWith(COMPOSE_GO) && name.matches(".*\\.ya?ml")
            && !name.contains("/schema/"));
    assertThat(measure.files()).isGreaterThan(150);
    assertThat(measure.unexpected(exceptions("compose-meaning-exceptions.txt"))).isEmpty();
  }

  @Test
  void should_print_every_valid_dockerfile_with_the_same_parse_tree() throws IOException {
    DockerfileFormat format = new DockerfileFormat();
    MeaningRoundTrip<Dockerfile> measure = measure(MeaningRoundTrip.of("Dockerfiles", format,
        MeaningRoundTripTest::sameParseTree), format, name -> name.startsWith(BUILDKIT)
            && name.endsWith("/Dockerfile"));
    assertThat(measure.files()).isGreaterThan(300);
    assertThat(measure.unexpected(exceptions("dockerfile-meaning-exceptions.txt"))).isEmpty();
  }

  private static Optional<String> sameParseTree(String original, String printed) {
    List<String> before = tree(original);
    List<String> after = tree(printed);
    for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
      if (!before.get(i).equals(after.get(i))) {
        return Optional.of("instruction " + (i + 1) + ": " + before.get(i) + " != " + after.get(i));
      }
    }
    return before.size() == after.size() ? Optional.empty()
        : Optional.of(before.size() + " instructions != " + after.size());
  }

  /**
   * BuildKit's parse tree, with white space where continuation lines join made one space (the printer breaks long
   * commands over lines at other places than the source) and {@code AS} of {@code FROM} in one case (BuildKit reads
   * it in any case).
   */
  private static List<String> tree(String text) {
    return DockerfileParser.parseNormalized(text).nodes().stream().map(node -> {
      if (node.keyword.equalsIgnoreCase("from")) {
        node.args.replaceAll(arg -> arg.equalsIgnoreCase("as") ? "AS" : arg);
      }
      return DockerfileParser.dump(node);
    }).collect(Collectors.toList());
  }
}
