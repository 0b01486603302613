package dev.devopskit.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.github.internal.yaml.WorkflowStringSites;
import dev.devopskit.github.internal.yaml.WorkflowWriter;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The strings collected from the model are exactly those of the written tree ({@code YamlStrings.of} over
 * {@code WorkflowWriter.tree}): same paths, keys, values and order, for every part of the model, random workflows
 * and every real-world workflow; and an extension key that is also a written key leaves the answer to the tree.
 */
class WorkflowStringSitesTest {

  /** Whether the strings were collected directly (else the caller builds the tree). */
  private static boolean assertSameAsTree(Workflow workflow) {
    List<StringSite> fromTree = YamlStrings.of(WorkflowWriter.tree(workflow));
    var collected = WorkflowStringSites.of(workflow);
    if (collected.isEmpty()) {
      return false;
    }
    List<StringSite> direct = collected.get();
    for (int i = 0; i < Math.min(fromTree.size(), direct.size()); i++) {
      assertThat(direct.get(i)).as("string %s of %s", i, fromTree.size()).isEqualTo(fromTree.get(i));
    }
    assertThat(direct).hasSameSizeAs(fromTree);
    return true;
  }

  @Test
  void should_list_the_strings_of_the_tree_for_every_part_of_the_model() {
    assertThat(assertSameAsTree(FullWorkflow.workflow())).isTrue();
  }

  @Test
  void should_leave_a_clashing_extension_to_the_tree() {
    Workflow clash = Workflow.builder().from(FullWorkflow.workflow())
        .putExtension("name", YamlScalar.string("other")).build();
    assertThat(WorkflowStringSites.of(clash)).isEmpty();
  }

  @Test
  void should_list_the_strings_of_the_tree_for_real_world_workflows() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    List<Path> files = Shared.files(root, p -> p.toString().replace('\\', '/').matches(".*/\\.github/workflows/[^/]+")
        && p.toString().matches(".*\\.ya?ml"));
    int checked = 0;
    List<String> fallBack = new java.util.ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of(name, Files.readString(file, StandardCharsets.UTF_8)));
      if (parsed.value().isPresent()) {
        if (!assertSameAsTree(parsed.value().get())) {
          fallBack.add(name);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
    System.out.println("workflow strings collected from the model: " + (checked - fallBack.size()) + " of "
        + checked + "; from the tree (an extension key is also a written key): " + fallBack);
    assertThat(fallBack.size()).isLessThan(checked / 20);
  }

  @Property(tries = 200)
  void should_list_the_strings_of_the_tree_for_random_workflows(
      @ForAll("workflows") Workflow workflow) {
    assertSameAsTree(workflow);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Workflow> workflows() {
    return new RoundTripPropertyTest().workflows();
  }
}
