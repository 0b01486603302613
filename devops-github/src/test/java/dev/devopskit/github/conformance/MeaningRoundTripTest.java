package dev.devopskit.github.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.testing.MeaningRoundTrip;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every workflow of the conformance data (real-world repositories, whole repositories and SchemaStore's valid
 * tests) that reads with no error is printed as {@code devops config} prints it, and means the same to an
 * independent YAML 1.2 reader; the rate is in {@code docs/round-trip.md}, each exception listed with its reason.
 */
class MeaningRoundTripTest {

  @Test
  void should_print_every_valid_workflow_with_the_same_meaning() throws IOException {
    Path root = Shared.conformance();
    List<Path> files = Shared.files(root, p -> {
      String path = p.toString().replace('\\', '/');
      return path.matches(".*/\\.github/workflows/[^/]+\\.ya?ml")
          || path.contains("/SchemaStore__schemastore/src/test/github-workflow/");
    });
    MeaningRoundTrip<Workflow> measure = MeaningRoundTrip.of("workflows", GitHubActions.format(),
        GitHubMeaning::difference);
    for (Path file : files) {
      measure.measure(file, root.relativize(file).toString().replace('\\', '/'));
    }
    System.out.println(measure.summary());
    measure.changed().forEach((name, why) -> System.out.println("  " + name + "\t" + why));
    measure.invalid().forEach((name, why) -> System.out.println("  not valid: " + why));
    String exceptions = new String(MeaningRoundTripTest.class
        .getResourceAsStream("/conformance/meaning-exceptions.txt").readAllBytes(), StandardCharsets.UTF_8);
    assertThat(files).hasSizeGreaterThan(400);
    assertThat(measure.unexpected(exceptions)).isEmpty();
  }
}
