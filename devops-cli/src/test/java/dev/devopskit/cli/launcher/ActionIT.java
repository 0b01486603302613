package dev.devopskit.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's shell part ({@code action/check.sh}) and the pre-commit hook ({@code .pre-commit-hooks.yaml}),
 * run against the distribution archive built by {@code package}, served from a local file repository laid out as
 * Maven Central is. Also leaves {@code action.yml} and the documented workflow where CI's oracles check them.
 */
class ActionIT {
  private static final Path TARGET = Path.of(System.getProperty("devops.target", "target")).toAbsolutePath();
  private static final Path ROOT = TARGET.getParent().getParent();
  private static final String VERSION = System.getProperty("devops.version", "");
  private static final Path ARCHIVE = Path.of(System.getProperty("devops.distribution", "target/devops-bin")
      + ".tar.gz");
  private static final String TOKEN = "ghp_Q7vT2mK9xLp4Rw8Zn3Yb6Hc1Jd5Fg0Se2Ua7";

  @TempDir
  Path temp;

  private Path repository;
  private Path workspace;
  private String sha256;

  @BeforeEach
  void repository() throws Exception {
    assumeTrue(Files.isRegularFile(ARCHIVE), ARCHIVE + " is built by package");
    Path folder = temp.resolve("m2/dev/devopskit/devops-cli/" + VERSION);
    Files.createDirectories(folder);
    Files.copy(ARCHIVE, folder.resolve("devops-cli-" + VERSION + "-bin.tar.gz"));
    repository = temp.resolve("m2");
    sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ARCHIVE)));
    workspace = temp.resolve("workspace");
    Files.createDirectories(workspace.resolve(".github/workflows"));
    Files.createDirectories(temp.resolve("runner"));
  }

  private void workflow(String tokenLine) throws IOException {
    Files.writeString(workspace.resolve(".github/workflows/ci.yml"), String.join("\n", "name: ci", "on: push",
        "permissions:", "  contents: read", "jobs:", "  build:", "    name: Build", "    runs-on: ubuntu-latest",
        "    timeout-minutes: 5", "    steps:", "      - run: ./publish.sh", "        env:", tokenLine, ""));
  }

  private ProcessRun action(String sha, String version) throws Exception {
    Path output = temp.resolve("runner/output");
    Files.deleteIfExists(output);
    return ProcessRun.of(List.of("bash", ROOT.resolve("action/check.sh").toString()), Map.of(
        "DEVOPS_VERSION", version, "DEVOPS_SHA256", sha, "DEVOPS_REPOSITORY", "file://" + repository,
        "DEVOPS_PATHS", ".", "DEVOPS_FAIL_ON", "error", "GITHUB_WORKSPACE", workspace.toString(),
        "GITHUB_OUTPUT", output.toString(), "RUNNER_TEMP", temp.resolve("runner").toString()));
  }

  private String outputs() throws IOException {
    Path output = temp.resolve("runner/output");
    return Files.exists(output) ? Files.readString(output) : "";
  }

  @Test
  void should_check_the_workspace_write_sarif_and_annotate_without_failing_the_step() throws Exception {
    workflow("          TOKEN: " + TOKEN);

    ProcessRun run = action(sha256, VERSION);

    assertThat(run.exit()).as(run.err()).isZero();
    Path sarif = temp.resolve("runner/devops-kit.sarif");
    assertThat(outputs()).isEqualTo("sarif-file=" + sarif + "\nexit-code=1\n");
    assertThat(Files.readString(sarif)).contains("\"ruleId\" : \"github/literal-secret\"").doesNotContain(TOKEN);
    assertThat(run.out()).contains("::error file=.github/workflows/ci.yml,line=13,").doesNotContain(TOKEN);
  }

  @Test
  void should_report_exit_code_zero_for_a_clean_workspace() throws Exception {
    workflow("          TOKEN: ${{ secrets.TOKEN }}");

    ProcessRun run = action(sha256, VERSION);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(outputs()).endsWith("exit-code=0\n");
  }

  @Test
  void should_run_nothing_when_the_archive_does_not_match_its_checksum() throws Exception {
    workflow("          TOKEN: " + TOKEN);
    String wrong = "0".repeat(64);

    ProcessRun run = action(wrong, VERSION);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("devops-kit action: SHA-256 mismatch for file://" + repository)
        .contains("expected " + wrong + ", got " + sha256 + "; nothing was run");
    assertThat(outputs()).isEmpty();
    assertThat(temp.resolve("runner/devops-kit-" + VERSION)).doesNotExist();
  }

  @Test
  void should_refuse_a_version_without_a_recorded_checksum() throws Exception {
    ProcessRun run = action("", "9.9.9");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no SHA-256 for version 9.9.9 in action/checksums.txt; pass the sha256 input");
  }

  @Test
  void should_run_the_pre_commit_hook_entry_on_the_changed_files_only() throws Exception {
    Matcher entry = Pattern.compile("(?m)^  entry: (.+)$").matcher(Files.readString(ROOT.resolve(
        ".pre-commit-hooks.yaml")));
    assertThat(entry.find()).isTrue();
    List<String> command = new ArrayList<>(List.of(entry.group(1).split(" ")));
    assertThat(command.get(0)).isEqualTo("devops");
    command.set(0, TARGET.resolve("devops").toString());
    workflow("          TOKEN: " + TOKEN);
    Files.writeString(workspace.resolve("notes.txt"), "not a DevOps file\n");
    Files.writeString(workspace.resolve("Dockerfile"), "FROM eclipse-temurin:17-jre@sha256:" + "a".repeat(64)
        + "\nUSER app\nCMD [\"java\", \"-jar\", \"app.jar\"]\n");

    List<String> withSecret = new ArrayList<>(command);
    withSecret.addAll(List.of(workspace.resolve("notes.txt").toString(),
        workspace.resolve(".github/workflows/ci.yml").toString()));
    ProcessRun failing = ProcessRun.of(withSecret, Map.of());
    List<String> clean = new ArrayList<>(command);
    clean.addAll(List.of(workspace.resolve("notes.txt").toString(), workspace.resolve("Dockerfile").toString()));
    ProcessRun passing = ProcessRun.of(clean, Map.of());

    assertThat(failing.exit()).as(failing.err()).isEqualTo(1);
    assertThat(failing.out()).contains("ci.yml:13:11: error [github/literal-secret]").doesNotContain("notes.txt");
    assertThat(passing.exit()).as(passing.out()).isZero();
  }

  @Test
  void should_leave_the_action_and_the_documented_workflow_for_the_oracles() throws IOException {
    String action = Files.readString(ROOT.resolve("action.yml"));
    Shared.oracleOutput("schema/github-action", "action.yml", action);
    String text = workflowSnippet("docs/integrations.md", "workflow");
    assertThat(text).contains("security-events: write", "uses: devops-kit/devops-kit@");
    for (String input : List.of("paths", "profile", "fail-on")) {
      assertThat(action).contains("\n  " + input + ":\n");
    }
    assertThat(action).contains("uses: github/codeql-action/upload-sarif@ff2f1c621b7f889edc0d3c761ac2e6a3f8cdb0dd");
    String upload = workflowSnippet("docs/checking.md", "upload-sarif");
    assertThat(upload).contains("security-events: write", "--format sarif --output devops-kit.sarif",
        "uses: github/codeql-action/upload-sarif@ff2f1c621b7f889edc0d3c761ac2e6a3f8cdb0dd");
    for (String[] file : List.of(new String[] {"devops-kit-action-usage.yml", text},
        new String[] {"devops-kit-upload-sarif.yml", upload})) {
      Shared.oracleOutput("actionlint", file[0], file[1]);
      Shared.oracleOutput("schema/github-workflow", file[0], file[1]);
    }
  }

  /** The YAML block a docs page marks with {@code <!-- snippet: NAME -->}. */
  private static String workflowSnippet(String page, String name) throws IOException {
    Matcher block = Pattern.compile("<!-- snippet: " + name + " -->\\n```yaml\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(ROOT.resolve(page)));
    assertThat(block.find()).as(page + " shows the " + name + " workflow").isTrue();
    return block.group(1);
  }
}
