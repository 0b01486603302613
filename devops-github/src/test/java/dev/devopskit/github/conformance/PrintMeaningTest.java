package dev.devopskit.github.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code devops config} prints a workflow that means what the file meant: values, expressions and filters kept. */
class PrintMeaningTest {

  private static String fixture(String name) {
    return Shared.resource(PrintMeaningTest.class, "/print/" + name);
  }

  private static Parsed<Workflow> read(String text) {
    return GitHubActions.read(SourceFile.of(".github/workflows/ci.yml", text));
  }

  private static String print(Parsed<Workflow> parsed) {
    return GitHubActions.format().write(parsed.value().orElseThrow());
  }

  @Test
  void should_print_plain_numbers_as_the_numbers_github_reads() {
    String original = fixture("numbers.yml");
    Parsed<Workflow> parsed = read(original);
    String printed = print(parsed);
    assertThat(parsed.findings()).isEmpty();
    assertThat(GitHubMeaning.difference(original, printed)).isEmpty();
    assertThat(printed).contains("python-version: 3.1\n", "docker_version: 20.1\n", "hex: 15\n", "zero: 0\n",
        "exp: 1000\n", "inf: .inf\n", "negative-inf: -.inf\n", "nan: .nan\n", "oct: 15\n", "leading-zero: 755\n",
        "quoted: '20.10'\n", "plain: 3.11\n", "GO_VERSION: 1.2\n", "ZERO: 0\n");
    assertThat(read(printed).value()).isEqualTo(parsed.value());
  }

  @Test
  void should_keep_every_expression_the_grammar_allows() {
    String original = fixture("expressions.yml");
    Parsed<Workflow> parsed = read(original);
    String printed = print(parsed);
    assertThat(GitHubMeaning.difference(original, printed)).isEmpty();
    assertThat(printed).contains("    services: ${{ fromJSON(inputs.services) }}\n",
        "      credentials: ${{ fromJSON(secrets.creds) }}\n", "        credentials: ${{ fromJSON(secrets.dbcreds) }}\n",
        "  called:\n    uses: ${{ inputs.workflow }}\n");
    assertThat(read(printed).value()).isEqualTo(parsed.value());
  }

  @Test
  void should_keep_a_job_that_uses_an_expression_with_its_error() {
    Parsed<Workflow> parsed = read(fixture("expressions.yml"));
    List<Finding> findings = parsed.findings();
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).toString()).contains("jobs.called.uses", "cannot be an expression", ":61:11");
    assertThat(parsed.value().orElseThrow().jobs()).containsKey("called");
  }

  @Test
  void should_keep_a_step_that_uses_an_expression_with_its_error() {
    String original = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
        + "      - uses: ${{ inputs.action }}\n";
    Parsed<Workflow> parsed = read(original);
    assertThat(parsed.findings()).extracting(Finding::toString).containsExactly(".github/workflows/ci.yml:6:15: "
        + "error [github/syntax] 'jobs.build.steps[0].uses' cannot be an expression: GitHub reads uses before it "
        + "evaluates expressions");
    assertThat(print(parsed)).contains("      - uses: ${{ inputs.action }}\n");
  }

  @Test
  void should_keep_the_names_versions_and_types_of_image_version() {
    String original = fixture("expressions.yml");
    Parsed<Workflow> parsed = read(original);
    assertThat(parsed.findings()).noneMatch(f -> f.toString().contains("image_version"));
    assertThat(parsed.value().orElseThrow().on().get(0).names()).containsExactly("my-image");
    assertThat(parsed.value().orElseThrow().on().get(0).versions()).containsExactly("1.*");
    assertThat(print(parsed)).contains("  image_version:\n    types:\n      - ready\n    names:\n      - my-image\n"
        + "    versions:\n      - 1.*\n");
  }
}
