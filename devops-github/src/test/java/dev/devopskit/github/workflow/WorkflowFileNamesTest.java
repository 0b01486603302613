package dev.devopskit.github.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass checks accept exactly what the former regular expressions accepted, and long texts at once. */
class WorkflowFileNamesTest {
  private static final Pattern FORMER_PATH = Pattern.compile("(.+/)+(.+)\\.(ya?ml)");
  private static final Pattern FORMER_USES = Pattern.compile("(.+/)+(.+)\\.(ya?ml)(@.+)?");

  @Property(tries = 5000)
  void should_accept_what_the_former_patterns_accepted(@ForAll("texts") String text) {
    assertThat(WorkflowFileNames.isPath(text)).as(text).isEqualTo(FORMER_PATH.matcher(text).matches());
    assertThat(WorkflowFileNames.isUses(text)).as(text).isEqualTo(FORMER_USES.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("a", "/", ".", "yml", "yaml", ".yml", ".yaml", "@", "@v1", "\n", "\r",
        "\u2028", " ", "y", "ml", "/.", "./");
    return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
  }

  @Test
  void should_read_the_usual_forms() {
    assertThat(WorkflowFileNames.isUses("owner/repo/.github/workflows/ci.yml@v1")).isTrue();
    assertThat(WorkflowFileNames.isUses("./.github/workflows/deploy.yaml")).isTrue();
    assertThat(WorkflowFileNames.isUses("owner/repo@v1")).isFalse();
    assertThat(WorkflowFileNames.isPath("./.github/workflows/ci.yml")).isTrue();
    assertThat(WorkflowFileNames.isPath("ci.yml")).isFalse();
  }

  @Test
  void should_refuse_a_long_text_that_names_no_workflow_in_linear_time() {
    String text = "a/".repeat(500_000) + "x" + "@".repeat(500_000);
    assertThat(WorkflowFileNames.isUses(text)).isFalse();
    assertThat(WorkflowFileNames.isPath(text)).isFalse();
  }
}
