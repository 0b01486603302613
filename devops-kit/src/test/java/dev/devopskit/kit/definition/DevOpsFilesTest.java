package dev.devopskit.kit.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift test a Gradle (or any JUnit) build runs instead of the Maven plugin's devops:drift; docs/integrations.md
 * shows {@link #should_keep_the_devops_files_equal_to_their_definition} as it is here.
 */
class DevOpsFilesTest {
  @TempDir
  Path root;

  @BeforeEach
  void committed() throws IOException {
    new ShopRepository().generate(root, false);
  }

  @Test
  void should_keep_the_devops_files_equal_to_their_definition() throws IOException {
    assertThat(new ShopRepository().drift(root))
        .as("regenerate with new ShopRepository().generate(root, false), or apply this diff").isEmpty();
  }

  @Test
  void should_show_the_diff_of_an_edited_file_and_a_missing_one() throws IOException {
    Path compose = root.resolve("docker-compose.yml");
    Files.writeString(compose, Files.readString(compose).replace("services:", "services: # edited"));
    Files.delete(root.resolve(".dockerignore"));

    assertThat(new ShopRepository().drift(root)).hasValueSatisfying(diff -> assertThat(diff)
        .contains("-services: # edited", "+services:", "+++ .dockerignore (expected)"));
  }

  @Test
  void should_write_every_file_of_the_blueprint_and_change_nothing_the_second_time() throws IOException {
    assertThat(new ShopRepository().generate(root, false).unchanged()).isTrue();
    assertThat(root.resolve(".github/workflows/ci.yml")).isRegularFile();
    assertThat(root.resolve("docker-compose.yml")).isRegularFile();
  }
}
