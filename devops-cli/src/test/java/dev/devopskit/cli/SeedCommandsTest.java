package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docs.Docs;
import dev.devopskit.observability.Prometheus;
import dev.devopskit.observability.alerting.RuleFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every seed command runs with no option but the repository on the tree {@code devops init} writes for the Node
 * example, and says on standard error what it assumed.
 */
class SeedCommandsTest {
  private static final Path NODE_EXAMPLE = Path.of("..", "examples", "node-prisma-app");

  @TempDir
  Path repo;

  @BeforeEach
  void init() throws IOException {
    try (Stream<Path> files = Files.walk(NODE_EXAMPLE)) {
      for (Path file : (Iterable<Path>) files.filter(p -> !p.toString().contains("node_modules"))::iterator) {
        Path target = repo.resolve(NODE_EXAMPLE.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    assertThat(CliRun.of("init", repo.toString()).exit()).isZero();
  }

  @ParameterizedTest(name = "devops {0}")
  @ValueSource(strings = {"monitor error-rate", "monitor latency", "monitor uptime", "deploy", "feature-flag",
      "runbook", "postmortem", "infra", "ci trunk-pipeline", "docker app"})
  void should_run_with_no_option_and_say_what_it_assumed(String command) {
    String[] words = (command + " -C " + repo).split(" ");

    CliRun run = CliRun.of(words);

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.err()).as("stderr of devops " + command).doesNotContain("Exception").doesNotContain("Missing");
    if (!command.startsWith("ci")) {
      assertThat(run.err()).as("what devops " + command + " assumed").contains("devops: assumed ");
    }
  }

  @Test
  void should_leave_the_generated_tree_without_findings() {
    for (String command : new String[] {"monitor error-rate", "monitor latency", "monitor uptime", "deploy",
        "feature-flag", "runbook", "infra", "ci trunk-pipeline", "docker app"}) {
      assertThat(CliRun.of((command + " -C " + repo).split(" ")).exit()).as(command).isZero();
    }

    CliRun check = CliRun.of("check", repo.toString(), "--fail-on", "note");

    assertThat(check.exit()).as(check.all()).isZero();
    assertThat(check.out()).contains("0 findings");
  }

  @Test
  void should_write_valid_alerts_for_the_detected_service_and_the_default_objectives() throws Exception {
    CliRun errors = CliRun.of("monitor", "error-rate", "-C", repo.toString());
    CliRun latency = CliRun.of("monitor", "latency", "-C", repo.toString());

    assertThat(errors.err()).contains("devops: assumed service node-prisma-app (from package.json)",
        "devops: assumed --objective 99.9");
    assertThat(latency.err()).contains("devops: assumed --objective 99 ", "devops: assumed --le 0.3 ");
    String alerts = Files.readString(repo.resolve(Prometheus.RULE_FILE), StandardCharsets.UTF_8);
    Parsed<RuleFile> parsed = Prometheus.read(SourceFile.of(Prometheus.RULE_FILE, alerts));
    assertThat(parsed.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(alerts).contains("slo-node-prisma-app-availability", "slo-node-prisma-app-latency",
        "le=\"0.3\"", "job=\"node-prisma-app\"");
    Shared.oracleOutput("promtool", "seed-alerts.yml", alerts);
    Shared.oracleOutput("schema/prometheus.rules", "seed-alerts.yml", alerts);
    CliRun again = CliRun.of("monitor", "error-rate", "-C", repo.toString(), "--check");
    assertThat(again.exit()).as("a second run agrees with the first\n" + again.all()).isZero();
  }

  @Test
  void should_write_documents_that_read_back_without_errors() throws IOException {
    assertThat(CliRun.of("runbook", "-C", repo.toString()).exit()).isZero();
    assertThat(CliRun.of("infra", "-C", repo.toString()).exit()).isZero();
    CliRun postmortem = CliRun.of("postmortem", "-C", repo.toString());
    assertThat(postmortem.exit()).isZero();

    Path written = repo.resolve(postmortem.out().substring("Created ".length()).trim());
    assertThat(Docs.readPostmortem(source(written)).findings())
        .filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(Docs.readInfrastructure(source(repo.resolve(Docs.INFRASTRUCTURE_PATH))).value().orElseThrow()
        .components()).anySatisfy(c -> assertThat(c.name()).isEqualTo("node-prisma-app"));
    assertThat(Docs.readRunbook(source(repo.resolve(Docs.runbookPath("database-restore")))).findings())
        .filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }

  @Test
  void should_name_the_option_and_the_files_that_would_answer_when_nothing_is_detected(@TempDir Path empty) {
    CliRun run = CliRun.of("monitor", "error-rate", "-C", empty.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no service name: give --service, or run in a repository with a package.json, "
        + "pom.xml, build.gradle or devops.yaml");
    assertThat(empty.resolve("monitoring")).doesNotExist();
  }

  private static SourceFile source(Path file) throws IOException {
    return SourceFile.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
  }
}
