package dev.devopskit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs promtool when it is on the PATH; tests that need it are skipped with the reason when it is not. */
final class Promtool {
  private Promtool() {}

  static boolean available() {
    return onPath("promtool").isPresent();
  }

  private static java.util.Optional<String> onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return java.util.Optional.empty();
    }
    for (String name : names) {
      for (String folder : path.split(java.io.File.pathSeparator)) {
        if (Files.isExecutable(Path.of(folder, name))) {
          return java.util.Optional.of(name);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Checks a blackbox_exporter configuration when the exporter is installed (Debian: prometheus-blackbox-exporter). */
  static void checkBlackbox(Path config) throws IOException, InterruptedException {
    java.util.Optional<String> exporter = onPath("prometheus-blackbox-exporter", "blackbox_exporter");
    if (exporter.isEmpty()) {
      return;
    }
    run(List.of(exporter.get(), "--config.check", "--config.file=" + config.getFileName()),
        config.toAbsolutePath().getParent());
  }

  static void assume() {
    Assumptions.assumeTrue(available(), "promtool is not on the PATH (Debian: apt-get install prometheus); "
        + ".ci/run runs it on target/oracle/promtool*");
  }

  static void checkRules(List<Path> files) throws IOException, InterruptedException {
    if (!available()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("promtool", "check", "rules"));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    run(command, Path.of("."));
  }

  static void testRules(Path testFile) throws IOException, InterruptedException {
    if (!available()) {
      return;
    }
    run(List.of("promtool", "test", "rules", testFile.getFileName().toString()), testFile.toAbsolutePath().getParent());
  }

  static void checkConfig(Path config) throws IOException, InterruptedException {
    if (!available()) {
      return;
    }
    run(List.of("promtool", "check", "config", config.getFileName().toString()), config.toAbsolutePath().getParent());
  }

  private static void run(List<String> command, Path folder) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("promtool finished").isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + " in " + folder + ":\n" + output).isZero();
  }
}
