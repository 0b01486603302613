package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The devops command as users run it: exit codes, report formats, files, policies, baselines, help. */
class DevopsCliTest {
  /** Fake values planted in a .env file; none may appear in any output. */
  private static final String TOKEN = "ghp_" + "Qm4Rz8Tx2Vb6Nc1Lk5Jh9Gf3Ds7Ap0We4Yu8I";
  private static final String DB_PASSWORD = "Zq8vLk2Pw9Rt";

  @TempDir
  Path folder;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path plantedRepository() throws IOException {
    write(".env", "# local settings\nDATABASE_URL=postgres://app:" + DB_PASSWORD + "@db.internal.corp:5432/app\n"
        + "GITHUB_TOKEN=" + TOKEN + "\nLOG_LEVEL=debug\n");
    write("config/app.properties", "server.port=8080\n");
    return folder;
  }

  private static void assertNoStackTraceAndNoSecret(CliRun run) {
    assertThat(run.all()).doesNotContain("\tat ", "Exception in", TOKEN, DB_PASSWORD, TOKEN.substring(4));
  }

  @Test
  void should_exit_0_on_a_clean_folder() throws IOException {
    write("config/app.properties", "server.port=8080\n");
    CliRun run = run("check", folder.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("0 findings (0 errors, 0 warnings, 0 notes) in 0 of 1 file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void should_report_a_planted_env_secret_redacted_and_exit_1(String format) throws IOException {
    CliRun run = run("check", "--format", format, plantedRepository().toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("secrets/literal-secret", "ghp_****", "Zq8v****", ".env");
    assertNoStackTraceAndNoSecret(run);
  }

  @Test
  void should_write_valid_sarif_with_the_planted_findings() throws IOException {
    CliRun run = run("check", "--format", "sarif", plantedRepository().toString());
    ObjectMapper json = new ObjectMapper();
    JsonNode schema = json.readTree(Shared.conformance().resolve("schemas/sarif-2.1.0.json").toFile());
    assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema)
        .validate(json.readTree(run.out()))).isEmpty();
    Shared.oracleOutput("schema/sarif-2.1.0", "cli-check.sarif.json", run.out());
    assertThat(json.readTree(run.out()).at("/runs/0/results")).hasSize(2);
  }

  @Test
  void should_write_the_report_to_a_file_and_the_summary_to_stderr() throws IOException {
    Path report = folder.resolve("out/report.json");
    CliRun run = run("check", "--format", "json", "--output", report.toString(), plantedRepository().toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("2 findings (2 errors");
    String text = Files.readString(report);
    assertThat(new ObjectMapper().readTree(text).at("/summary/errors").asInt()).isEqualTo(2);
    assertThat(text).doesNotContain(TOKEN, DB_PASSWORD);
  }

  @Test
  void should_exit_by_the_fail_on_threshold() throws IOException {
    plantedRepository();
    assertThat(run("check", "--fail-on", "none", folder.toString()).exit()).isZero();
    assertThat(run("check", "--fail-on", "note", folder.toString()).exit()).isEqualTo(1);
    write("p.yml", "rules:\n  secrets/literal-secret: warning\n");
    assertThat(run("check", "--policy", folder.resolve("p.yml").toString(), folder.toString()).exit()).isZero();
    assertThat(run("check", "--policy", folder.resolve("p.yml").toString(), "--fail-on", "warning",
        folder.toString()).exit()).isEqualTo(1);
  }

  @Test
  void should_apply_a_policy_file_and_report_its_problems() throws IOException {
    plantedRepository();
    Path policy = write("policy.yml", "rules:\n  secrets/literal-secret: off\n  secrets/literal-secrets: error\n");
    CliRun run = run("check", "--policy", policy.toString(), folder.toString());
    assertThat(run.out()).contains("core/policy", "did you mean 'secrets/literal-secret'?")
        .doesNotContain("[secrets/literal-secret]");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void should_pick_up_the_policy_file_at_the_root() throws IOException {
    plantedRepository();
    write(".devops-kit.yml", "ignore: [secrets/*]\n");
    assertThat(run("check", folder.toString()).exit()).isZero();
  }

  @Test
  void should_exclude_files_relative_to_the_checked_folder_wherever_the_check_runs_from() throws IOException {
    plantedRepository();
    write("fixtures/secrets/.env", "GITHUB_TOKEN=" + TOKEN + "\n");
    write(".devops-kit.yml", "exclude: [\".env\", \"fixtures/**\"]\n");
    CliRun run = run("check", folder.toString());
    assertThat(run.exit()).as(run.out()).isZero();
  }

  @Test
  void should_accept_findings_through_a_baseline() throws IOException {
    plantedRepository();
    Path baseline = folder.resolve("baseline.txt");
    CliRun first = run("check", "--write-baseline", baseline.toString(), folder.toString());
    assertThat(first.err()).contains("wrote 2 fingerprints");
    assertThat(Files.readString(baseline)).doesNotContain(TOKEN, DB_PASSWORD);
    CliRun second = run("check", "--baseline", baseline.toString(), folder.toString());
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("2 suppressed");
  }

  @Test
  void should_exit_2_on_usage_errors_without_a_stack_trace() {
    List<String[]> calls = List.of(
        new String[] {"check", "--format", "xml", folder.toString()},
        new String[] {"check", "--fail-on", "fatal", folder.toString()},
        new String[] {"check", folder.resolve("missing").toString()},
        new String[] {"check", "--policy", folder.resolve("missing.yml").toString(), folder.toString()},
        new String[] {"check", "--baseline", folder.resolve("missing.txt").toString(), folder.toString()},
        new String[] {"check", "--no-such-option"},
        new String[] {"config", folder.resolve("missing.yml").toString()},
        new String[] {"rules", "no/such-rule"},
        new String[] {"no-such-command"});
    for (String[] call : calls) {
      CliRun run = run(call);
      assertThat(run.exit()).as(String.join(" ", call)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", call)).isNotBlank();
      assertNoStackTraceAndNoSecret(run);
    }
  }

  @Test
  void should_check_hostile_files_without_a_stack_trace() throws IOException {
    Files.write(folder.resolve("binary.json"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 'a'});
    write("deep.yml", "[".repeat(5000) + "]".repeat(5000));
    Files.write(folder.resolve("big.env"), new byte[6 * 1024 * 1024]);
    CliRun run = run("check", folder.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("source/encoding", "source/too-large");
    assertNoStackTraceAndNoSecret(run);
  }

  @Test
  void should_print_a_yaml_file_in_canonical_form() throws IOException {
    // no top-level services:, which would make it a compose file (files named on the command line are routed by
    // content)
    Path file = write("settings.yaml", "defaults: &d {image: 'busybox', replicas: 2}\napps:\n  api:\n"
        + "    <<: *d\n    on: yes\n    command: [\"run\", '--port', \"8080\"]\n");
    CliRun run = run("config", file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("defaults:\n  image: busybox\n  replicas: 2\napps:\n  api:\n"
        + "    image: busybox\n    replicas: 2\n    'on': 'yes'\n    command:\n      - run\n      - --port\n"
        + "      - '8080'\n");
  }

  @Test
  void should_exit_1_and_report_findings_on_stderr_for_a_broken_yaml_file() throws IOException {
    Path file = write("broken.yml", "a: 1\na: 2\nb:\n\t- x\n");
    CliRun run = run("config", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("broken.yml:2:1: error [yaml/duplicate-key]", "yaml/syntax");
    assertNoStackTraceAndNoSecret(run);
  }

  @Test
  void should_list_every_rule() {
    CliRun run = run("rules");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("secrets/literal-secret", "core/unused-suppression", "yaml/duplicate-key")
        .containsPattern("\\d+ rules\\n$");
  }

  @Test
  void should_list_each_rule_with_its_profile_and_confidence_and_filter_by_profile() {
    String all = run("rules").out();
    assertThat(all).containsPattern("secrets/literal-secret +recommended +medium +error ")
        .containsPattern("github/job-name +trunk +high +note ")
        .containsPattern("github/secrets-outside-environment +strict +medium +note ");
    String recommended = run("rules", "--profile", "recommended").out();
    assertThat(recommended).contains("secrets/literal-secret").doesNotContain("github/job-name")
        .containsPattern("\\d+ rules in profile recommended\\n$");
    assertThat(run("rules", "--profile", "everything").exit()).isEqualTo(2);
  }

  @Test
  void should_run_the_profile_the_command_line_or_the_policy_file_chooses() throws IOException {
    write(".github/workflows/ci.yml", "name: CI\non: push\npermissions:\n  contents: read\njobs:\n  test:\n"
        + "    runs-on: ubuntu-24.04\n    timeout-minutes: 5\n    steps:\n      - run: make test\n");
    assertThat(run("check", folder.toString()).out()).doesNotContain("[github/job-name]");
    assertThat(run("check", folder.toString(), "--profile", "trunk").out()).contains("[github/job-name]");
    write(".devops-kit.yml", "profile: trunk\n");
    assertThat(run("check", folder.toString()).out()).contains("[github/job-name]");
    assertThat(run("check", folder.toString(), "--profile", "recommended").out()).doesNotContain("[github/job-name]");
    assertThat(run("check", folder.toString(), "--profile", "loose").exit()).isEqualTo(2);
  }

  @Test
  void should_print_the_documentation_of_a_rule() {
    CliRun run = run("rules", "secrets/literal-secret");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("# secrets/literal-secret").contains("## Why it matters", "`entropy`");
  }

  @Test
  void should_print_the_version() {
    CliRun run = run("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("devops-kit ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "check", "config", "rules", "completion"})
  void should_print_help_for_every_command(String command) {
    CliRun run = command.isEmpty() ? run("--help") : run(command, "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: devops", "--help");
  }

  @Test
  void should_list_every_subcommand_in_the_main_help() {
    CliRun run = run("--help");
    for (String command : Devops.commandLine().getSubcommands().keySet()) {
      assertThat(run.out()).contains(command);
    }
  }

  @Test
  void should_register_each_subcommand_under_its_own_name() {
    Devops.subcommands().forEach((name, command) ->
        assertThat(command.getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name));
    assertThat(Devops.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(Devops.subcommands().keySet());
  }

  @Test
  void should_print_a_completion_script() {
    CliRun run = run("completion");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("complete", "devops");
  }
}
