package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorCommandTest {
  @TempDir
  Path repo;

  private int run(String... args) {
    return CliRun.of(args).exit();
  }

  @Test
  void should_write_and_update_alerts_tests_and_blackbox_config() throws Exception {
    String dir = repo.toString();
    assertThat(run("monitor", "error-rate", "-C", dir, "--service", "checkout", "--objective", "99.9",
        "--matchers", "job=\"checkout\"")).isZero();
    assertThat(run("monitor", "latency", "-C", dir, "--service", "checkout", "--threshold", "0.5")).isZero();
    assertThat(run("monitor", "uptime", "-C", dir, "--service", "checkout",
        "--health-url", "staging=https://staging.example.com/health",
        "--health-url", "production=https://example.com/health")).isZero();
    assertThat(run("monitor", "error-rate", "-C", dir, "--service", "checkout", "--objective", "99.5",
        "--matchers", "job=\"checkout\"")).isZero();

    String alerts = Files.readString(repo.resolve("monitoring/alerts.yml"));
    assertThat(alerts).contains("name: slo-checkout-availability", "name: latency-checkout-p95",
        "name: uptime-checkout", "(14.4 * 0.005)").doesNotContain("(14.4 * 0.001)");
    assertThat(repo.resolve("monitoring/alerts.test.yml")).exists();
    assertThat(Files.readString(repo.resolve("monitoring/blackbox.yml"))).contains("prober: http");
    assertThat(Files.readString(repo.resolve("monitoring/prometheus.yml"))).contains("- alerts.yml");
    String tests = Files.readString(repo.resolve("monitoring/alerts.test.yml"));
    dev.devopskit.core.testing.Shared.oracleOutput("promtool", "monitor-alerts.yml", alerts);
    dev.devopskit.core.testing.Shared.oracleOutput("schema/prometheus.rules", "monitor-alerts.yml", alerts);
    dev.devopskit.core.testing.Shared.oracleOutput("schema/prometheus.rules.test", "monitor-alerts.test.yml", tests);
    dev.devopskit.core.testing.Shared.oracleOutput("promtool-test", "alerts.yml", alerts);
    dev.devopskit.core.testing.Shared.oracleOutput("promtool-test", "alerts.test.yml", tests);
    promtool(repo.resolve("monitoring"), "check", "rules", "alerts.yml");
    promtool(repo.resolve("monitoring"), "test", "rules", "alerts.test.yml");
    promtool(repo.resolve("monitoring"), "check", "config", "prometheus.yml");
    // The alerts link a runbook this bare repository does not have: only that cross-file warning may remain.
    Files.writeString(repo.resolve(".devops-kit.yml"), "ignore: [consistency/runbook-link]\n");
    assertThat(run("check", dir, "--fail-on", "warning")).as("devops check on what monitor wrote").isZero();
    Files.delete(repo.resolve(".devops-kit.yml"));
    assertThat(run("monitor", "error-rate", "-C", dir, "--service", "checkout", "--objective", "99.5",
        "--matchers", "job=\"checkout\"", "--check")).as("no drift").isZero();
    assertThat(run("monitor", "error-rate", "-C", dir, "--service", "checkout", "--objective", "99.9",
        "--matchers", "job=\"checkout\"", "--check")).as("drift").isEqualTo(1);
    assertThat(Files.readString(repo.resolve("monitoring/alerts.yml"))).isEqualTo(alerts);
  }

  @Test
  void should_report_hand_written_alerts_with_their_lines() throws Exception {
    Files.createDirectories(repo.resolve("monitoring"));
    Files.writeString(repo.resolve("monitoring/alerts.yml"), "groups:\n  - name: api\n    rules:\n"
        + "      - alert: ApiDown\n        expr: up{job=\"api\"} == 0\n");
    assertThat(CliRun.of("check", repo.toString(), "--fail-on", "none", "--profile", "trunk").out())
        .contains("alerts.yml:4:",
        "[alerts/missing-for]", "[alerts/runbook-url]",
        "[alerts/severity-label]", "[alerts/summary]");
  }

  @Test
  void should_create_a_repository_folder_that_does_not_exist_yet() {
    Path fresh = repo.resolve("new/repository");
    assertThat(run("monitor", "error-rate", "-C", fresh.toString(), "--service", "api", "--threshold", "5"))
        .isZero();
    assertThat(fresh.resolve("monitoring/alerts.yml")).exists();
  }

  @Test
  void should_reject_incomplete_options_with_usage_exit_code() {
    assertThat(run("monitor", "error-rate", "-C", repo.toString())).as("no service in a bare folder").isEqualTo(2);
    assertThat(run("monitor", "error-rate", "-C", repo.toString(), "--service", "x", "--convention", "rails"))
        .isEqualTo(2);
    assertThat(run("monitor", "uptime", "-C", repo.toString(), "--service", "x")).isEqualTo(2);
    assertThat(run("monitor", "error-rate", "-C", repo.toString(), "--service", "x", "--objective", "90"))
        .isEqualTo(2);
    assertThat(run("monitor", "disk", "-C", repo.toString(), "--service", "x")).isEqualTo(2);
    assertThat(repo.resolve("monitoring")).doesNotExist();
  }

  private static void promtool(Path folder, String... args) throws Exception {
    boolean onPath = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
        .anyMatch(p -> Files.isExecutable(Path.of(p, "promtool")));
    if (!onPath) {
      return;
    }
    List<String> command = new java.util.ArrayList<>(List.of("promtool"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
  }
}
