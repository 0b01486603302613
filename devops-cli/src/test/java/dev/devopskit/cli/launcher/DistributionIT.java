package dev.devopskit.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archives built by {@code package} ({@code devops-VERSION-bin.tar.gz} and {@code .zip}), unpacked
 * and run as a user would: the same files in both, the Linux and macOS launcher runs the bundled jar, the Windows
 * launcher has Windows line endings and points at the same jar.
 */
class DistributionIT {
  private static final String BASE = System.getProperty("devops.distribution", "target/devops-bin");
  private static final String VERSION = System.getProperty("devops.version", "");
  private static final List<String> FILES = List.of("LICENSE", "README.md", "bin/devops", "bin/devops.cmd",
      "lib/devops.jar");

  @TempDir
  Path unpacked;

  private static Path archive(String extension) {
    Path archive = Path.of(BASE + extension);
    assumeTrue(Files.isRegularFile(archive), archive + " is built by package");
    return archive;
  }

  @Test
  void should_unpack_the_tar_archive_and_check_a_repository_with_its_launcher() throws Exception {
    Path archive = archive(".tar.gz");
    ProcessRun untar = ProcessRun.of(List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString()), Map.of());
    assertThat(untar.exit()).as(untar.err()).isZero();
    Path home = unpacked.resolve("devops-" + VERSION);
    assertThat(files(home)).containsExactlyElementsOf(FILES);
    assertThat(Files.isExecutable(home.resolve("bin/devops"))).isTrue();

    ProcessRun version = ProcessRun.of(List.of(home.resolve("bin/devops").toString(), "--version"), Map.of());
    assertThat(version.exit()).isZero();
    assertThat(version.out()).contains(VERSION);

    Path repo = unpacked.resolve("repo/.github/workflows");
    Files.createDirectories(repo);
    Files.writeString(repo.resolve("ci.yml"), String.join("\n", "name: ci", "on: push", "permissions:",
        "  contents: read", "jobs:", "  build:", "    name: Build", "    runs-on: ubuntu-latest",
        "    timeout-minutes: 5", "    steps:", "      - run: ./publish.sh", "        env:",
        "          TOKEN: ghp_Q7vT2mK9xLp4Rw8Zn3Yb6Hc1Jd5Fg0Se2Ua7", ""));
    ProcessRun check = ProcessRun.of(List.of(home.resolve("bin/devops").toString(), "check", "--fail-on", "error",
        unpacked.resolve("repo").toString()), Map.of());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains(".github/workflows/ci.yml:13:11: error [github/literal-secret]")
        .doesNotContain("Q7vT2mK9xLp4Rw8Zn3Yb6Hc1Jd5Fg0Se2Ua7");
  }

  @Test
  void should_hold_the_same_files_in_the_zip_with_a_windows_launcher() throws IOException {
    Path archive = archive(".zip");
    List<String> names = new ArrayList<>();
    String cmd;
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      String prefix = "devops-" + VERSION + "/";
      zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName)
          .forEach(name -> names.add(name.substring(prefix.length())));
      cmd = new String(zip.getInputStream(zip.getEntry(prefix + "bin/devops.cmd")).readAllBytes(),
          java.nio.charset.StandardCharsets.US_ASCII);
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(FILES);
    assertThat(cmd).startsWith("@echo off\r\n")
        .contains("set \"DEVOPS_JAR=%~dp0..\\lib\\devops.jar\"", "-jar \"%DEVOPS_JAR%\" %*")
        .doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
  }

  private static List<String> files(Path home) throws IOException {
    try (var walk = Files.walk(home)) {
      return walk.filter(Files::isRegularFile).map(p -> home.relativize(p).toString().replace('\\', '/'))
          .filter(name -> !name.startsWith("lib/devops.jsa")).sorted().toList();
    }
  }
}
