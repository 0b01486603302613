package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devops config} on compose files: nothing added, version 1 files printed as they are unless converted. */
class ConfigComposeTest {
  private static final String VERSION_1 = "web:\n  image: acme/web:1.0\ndb:\n  image: postgres:16\n";

  @Test
  void should_print_a_version_1_file_as_it_is_with_one_error(@TempDir Path temp) throws IOException {
    Path file = temp.resolve("docker-compose.yml");
    Files.writeString(file, VERSION_1);
    CliRun run = CliRun.of("config", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).as("the same keys and values, in the house style").isEqualTo(
        "web:\n  image: acme/web:1.0\n\ndb:\n  image: postgres:16\n");
    assertThat(run.err()).contains("docker-compose.yml:1:1: error [compose/version-1] version 1 format")
        .doesNotContain("unknown-key");
  }

  @Test
  void should_convert_a_version_1_file_when_asked(@TempDir Path temp) throws IOException {
    Path file = temp.resolve("docker-compose.yml");
    Files.writeString(file, VERSION_1);
    CliRun run = CliRun.of("config", "--convert-v1", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("services:\n  web:\n    image: acme/web:1.0\n  db:\n    image: postgres:16\n");
  }
}
