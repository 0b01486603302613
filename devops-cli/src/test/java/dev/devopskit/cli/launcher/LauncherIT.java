package dev.devopskit.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher ({@code target/devops}, a bash script beside {@code devops.jar}) run as a user runs it, after
 * {@code package}: its class data sharing archive is written by the first check and used by later ones, a stale,
 * foreign or broken archive only costs speed, and no run's report differs from {@code java -jar devops.jar}.
 */
class LauncherIT {
  private static final Path TARGET = Path.of(System.getProperty("devops.target", "target")).toAbsolutePath();
  private static final Path SAMPLE = TARGET.getParent().getParent().resolve("examples/sample-repo");
  private static String expected;
  private static int expectedExit;

  @TempDir
  Path install;

  @BeforeAll
  static void reference() throws Exception {
    assumeTrue(Files.isRegularFile(TARGET.resolve("devops")) && Files.isRegularFile(TARGET.resolve("devops.jar")),
        "the launcher and devops.jar are built by package");
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "the launcher is a bash script");
    ProcessRun plain = ProcessRun.of(List.of(javaBin(), "-jar", TARGET.resolve("devops.jar").toString(), "check",
        SAMPLE.toString(), "--format", "json"), Map.of());
    expected = plain.out();
    expectedExit = plain.exit();
    assertThat(expected).contains("\"findings\"");
  }

  @Test
  void should_write_the_archive_at_the_first_check_and_use_it_afterwards() throws Exception {
    Path launcher = installed();
    ProcessRun first = check(launcher, Map.of());
    assertThat(first.out()).isEqualTo(expected);
    assertThat(first.exit()).isEqualTo(expectedExit);
    assertThat(install.resolve("devops.jsa")).isNotEmptyFile();
    assertThat(install.resolve("devops.jsa.stamp")).isNotEmptyFile();
    assertThat(leftovers()).isEmpty();

    Path classLog = install.resolve("classes.log");
    ProcessRun second = check(launcher, Map.of("DEVOPS_JAVA_OPTS", "-Xlog:class+load:file=" + classLog));
    assertThat(second.out()).isEqualTo(expected);
    assertThat(second.exit()).isEqualTo(expectedExit);
    assertThat(Files.readString(classLog)).contains("dev.devopskit.cli.Devops source: shared objects file");
  }

  @Test
  void should_write_the_archive_again_when_the_stamp_no_longer_matches() throws Exception {
    Path launcher = installed();
    check(launcher, Map.of());
    Path stamp = install.resolve("devops.jsa.stamp");
    String current = Files.readString(stamp);
    Files.writeString(stamp, "1 2 /elsewhere/java 3 4\n");
    ProcessRun again = check(launcher, Map.of());
    assertThat(again.out()).isEqualTo(expected);
    assertThat(Files.readString(stamp)).isEqualTo(current);
  }

  @Test
  void should_run_unharmed_with_a_broken_archive() throws Exception {
    Path launcher = installed();
    check(launcher, Map.of());
    Path archive = install.resolve("devops.jsa");
    archive.toFile().setWritable(true);
    Files.write(archive, "not an archive at all".repeat(100).getBytes(StandardCharsets.UTF_8));
    ProcessRun broken = check(launcher, Map.of());
    assertThat(broken.out()).isEqualTo(expected);
    assertThat(broken.exit()).isEqualTo(expectedExit);
    assertThat(broken.err()).doesNotContain("Exception");
  }

  @Test
  void should_not_archive_when_switched_off_or_for_other_commands() throws Exception {
    Path launcher = installed();
    ProcessRun off = check(launcher, Map.of("DEVOPS_CDS", "off"));
    assertThat(off.out()).isEqualTo(expected);
    ProcessRun version = ProcessRun.of(List.of(launcher.toString(), "--version"), Map.of());
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("devops-kit ");
    assertThat(install.resolve("devops.jsa")).doesNotExist();
  }

  @Test
  void should_say_how_to_fix_a_missing_java() throws Exception {
    Path launcher = installed();
    // A PATH with the tools the script uses but no java.
    Path bin = Files.createDirectories(install.resolve("bin"));
    for (String tool : List.of("dirname", "readlink", "stat", "cat", "mkdir", "mv", "rm")) {
      for (String folder : List.of("/usr/bin", "/bin")) {
        Path found = Path.of(folder, tool);
        if (Files.isExecutable(found) && !Files.exists(bin.resolve(tool))) {
          Path wrapper = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec " + found + " \"$@\"\n");
          wrapper.toFile().setExecutable(true);
        }
      }
    }
    ProcessRun none = ProcessRun.of(List.of("/bin/bash", launcher.toString(), "check", SAMPLE.toString()),
        Map.of("PATH", bin.toString(), "JAVA_HOME", ""));
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("no java on the PATH and no JAVA_HOME");
  }

  private Path installed() throws IOException {
    Files.copy(TARGET.resolve("devops.jar"), install.resolve("devops.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    Path launcher = install.resolve("devops");
    Files.copy(TARGET.resolve("devops"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
    return launcher;
  }

  private List<Path> leftovers() throws IOException {
    try (var files = Files.list(install)) {
      return files.filter(f -> f.getFileName().toString().contains(".tmp")
          || f.getFileName().toString().matches(".*\\.stamp\\.\\d+")).toList();
    }
  }

  private static ProcessRun check(Path launcher, Map<String, String> env) throws Exception {
    return ProcessRun.of(List.of(launcher.toString(), "check", SAMPLE.toString(), "--format", "json"), env);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
