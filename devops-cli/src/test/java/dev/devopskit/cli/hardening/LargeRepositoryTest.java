package dev.devopskit.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synthetic repository of 10,000 files of every format is checked by a separate JVM limited to a 256 MB heap
 * ({@code -Xmx256m}): it must finish, report every file checked, and not run out of memory.
 */
class LargeRepositoryTest {
  static final int FILES = 10_000;

  @TempDir
  Path root;

  @Test
  void ten_thousand_files_check_within_a_256_mb_heap() throws Exception {
    generate(root, FILES);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), LargeRepositoryTest.class.getName(), root.toString())
        .redirectErrorStream(true).start();
    boolean done = process.waitFor(10, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      process.destroyForcibly();
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "large-repository.txt"), output);
    assertThat(done).as("finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    Matcher files = Pattern.compile("files=(\\d+)").matcher(output);
    assertThat(files.find()).as(output).isTrue();
    // Files no format claims (here the .properties ones) are not checked.
    assertThat(Integer.parseInt(files.group(1))).isGreaterThanOrEqualTo(FILES * 9 / 10);
  }

  /** Checks the folder given and prints the counts, the time and the peak heap. */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    CheckResult result = PathCheck.of(Formats.installed(), Policy.defaults()).check(List.of(Path.of(args[0])));
    long millis = (System.nanoTime() - start) / 1_000_000;
    long used = 0;
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
        used += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "files=%d findings=%d ms=%d peakHeapMB=%d maxHeapMB=%d%n", result.filesChecked(),
        result.findings().size(), millis, used >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  static void generate(Path root, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      String folder = "svc" + (i / 100) + "/m" + i;
      String name;
      String text;
      switch (i % 10) {
        case 0 -> {
          name = ".github/workflows/ci-" + i + ".yml";
          text = "name: ci\non: [push]\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
              + "    steps:\n      - uses: actions/checkout@v4\n      - run: ./mvnw -B verify\n";
        }
        case 1 -> {
          name = folder + "/Dockerfile";
          text = "FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nUSER 1000\nENTRYPOINT [\"java\", \"-jar\", "
              + "\"/app.jar\"]\n";
        }
        case 2 -> {
          name = folder + "/compose.yaml";
          text = "services:\n  app:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n";
        }
        case 3 -> {
          name = folder + "/.env.example";
          text = "LOG_LEVEL=info\nPORT=8080\nDB_PASSWORD=\n";
        }
        case 4 -> {
          name = folder + "/db/migration/V" + i + "__init.sql";
          text = "CREATE TABLE t" + i + " (id bigint PRIMARY KEY);\n";
        }
        case 5 -> {
          name = folder + "/prometheus/alerts-" + i + ".rules.yml";
          text = "groups:\n  - name: app\n    rules:\n      - alert: Down\n        expr: up == 0\n        for: 5m\n"
              + "        labels:\n          severity: page\n        annotations:\n          summary: down\n";
        }
        case 6 -> {
          name = "docs/runbooks/r" + i + ".md";
          text = "---\ntype: runbook\ntitle: R\nowner: ops\n---\n# R\n\n## Steps\n\n1. Restart\n";
        }
        case 7 -> {
          name = folder + "/config-" + i + ".properties";
          text = "server.port=8080\nfeature.x=true\n";
        }
        case 8 -> {
          name = folder + "/.dockerignore";
          text = ".git\ntarget\n";
        }
        default -> {
          name = folder + "/notes-" + i + ".txt";
          text = "a plain note " + i + "\n";
        }
      }
      Path file = root.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }
}
