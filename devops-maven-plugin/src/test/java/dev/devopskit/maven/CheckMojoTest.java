package dev.devopskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {
  private static final String TOKEN = "ghp_Q7vT2mK9xLp4Rw8Zn3Yb6Hc1Jd5Fg0Se2Ua7";

  @TempDir
  Path root;

  private final RecordingLog log = new RecordingLog();

  private CheckMojo mojo(String failOn) {
    CheckMojo mojo = new CheckMojo();
    mojo.setLog(log);
    mojo.root = root.toFile();
    mojo.failOn = failOn;
    mojo.maxLogged = 100;
    mojo.outputDirectory = root.resolve("target/devops").toFile();
    return mojo;
  }

  private void workflowWithToken() throws IOException {
    Path workflow = root.resolve(".github/workflows/ci.yml");
    Files.createDirectories(workflow.getParent());
    Files.writeString(workflow, String.join("\n", "name: ci", "on: push", "permissions:", "  contents: read",
        "jobs:", "  build:", "    name: Build", "    runs-on: ubuntu-latest", "    timeout-minutes: 5", "    steps:",
        "      - run: ./publish.sh", "        env:", "          TOKEN: " + TOKEN, ""));
  }

  @Test
  void should_fail_with_the_counts_and_log_the_finding_where_ides_link_it() throws IOException {
    workflowWithToken();

    assertThatThrownBy(() -> mojo("error").execute()).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("devops-kit: 1 finding at or above error (1 finding (1 error, 0 warnings, 0 notes)")
        .hasMessageContaining("They are logged above and in " + root.resolve("target/devops/report.json"))
        .hasMessageContaining("-Ddevops.failOn=none");
    String file = root.resolve(".github/workflows/ci.yml").toAbsolutePath().normalize().toString();
    assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("ERROR " + file + ":[13,11] "
        + "[github/literal-secret] GitHub token written as a literal in 'TOKEN'"));
    assertThat(String.join("\n", log.lines)).doesNotContain(TOKEN);
    assertThat(Files.readString(root.resolve("target/devops/report.sarif"))).contains("github/literal-secret")
        .doesNotContain(TOKEN);
    assertThat(Files.readString(root.resolve("target/devops/report.json"))).contains("github/literal-secret");
  }

  @Test
  void should_report_without_failing_when_fail_on_is_none() throws Exception {
    workflowWithToken();

    mojo("none").execute();

    assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("INFO devops-kit: 1 finding (1 error"));
  }

  @Test
  void should_accept_the_findings_of_a_baseline() throws Exception {
    workflowWithToken();
    CheckMojo first = mojo("none");
    first.execute();
    String fingerprint = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(root.resolve("target/devops/report.json").toFile()).findValue("fingerprint").asText();
    Path baseline = Files.writeString(root.resolve("baseline.txt"), fingerprint + "\n");
    CheckMojo second = mojo("error");
    second.baseline = baseline.toFile();

    second.execute();

    assertThat(log.lines).anySatisfy(line -> assertThat(line).contains("0 findings").contains("1 suppressed"));
  }

  @Test
  void should_log_only_the_first_findings_and_say_where_the_rest_are() throws IOException {
    workflowWithToken();
    CheckMojo mojo = mojo("note");
    mojo.maxLogged = 0;

    assertThatThrownBy(mojo::execute).hasMessageContaining("The first 0 are logged above, all 1 are in");
    assertThat(log.lines).noneMatch(line -> line.startsWith("ERROR "));
  }

  @Test
  void should_do_nothing_when_skipped() throws Exception {
    workflowWithToken();
    CheckMojo mojo = mojo("error");
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("INFO devops-kit check skipped (devops.skip)");
    assertThat(root.resolve("target/devops")).doesNotExist();
  }

  @Test
  void should_reject_an_unknown_threshold_and_a_missing_path() {
    assertThatThrownBy(() -> mojo("fatal").execute()).isInstanceOf(MojoExecutionException.class)
        .hasMessage("devops-kit: <failOn> must be error, warning, note or none, not 'fatal'");
    CheckMojo mojo = mojo("error");
    mojo.paths = List.of(new File("no-such-folder"));
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("devops-kit: no such file or folder in <paths>: " + root.resolve("no-such-folder"));
  }

  @Test
  void should_name_a_missing_policy_file() {
    CheckMojo mojo = mojo("error");
    mojo.policy = root.resolve("missing.yml").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("devops-kit: policy file not found: " + root.resolve("missing.yml"));
  }

  @Test
  void should_run_the_rules_of_the_profile_asked_for() throws Exception {
    Path workflow = root.resolve(".github/workflows/ci.yml");
    Files.createDirectories(workflow.getParent());
    Files.writeString(workflow, String.join("\n", "name: ci", "on: push", "permissions:", "  contents: read",
        "jobs:", "  build:", "    runs-on: ubuntu-latest", "    timeout-minutes: 5", "    steps:",
        "      - run: make", ""));
    mojo("note").execute();
    assertThat(log.lines).noneMatch(line -> line.contains("[github/job-name]"));

    CheckMojo strict = mojo("note");
    strict.profile = "strict";

    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("devops-kit: 1 finding at or above note");
    assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("INFO ").contains(":[6,3] [github/job-name]"));
  }

  @Test
  void should_reject_an_unknown_profile() {
    CheckMojo mojo = mojo("error");
    mojo.profile = "lenient";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("devops-kit: <profile> must be recommended, trunk or strict, not 'lenient'");
  }
}
