package dev.devopskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A custom format on the class path is found through the SPI and its rule runs like the built-in ones. */
class CodeOwnersFormatTest {

  @Test
  void should_check_codeowners_through_the_format_spi(@TempDir Path repository) throws IOException {
    Files.createDirectories(repository.resolve(".github"));
    Files.writeString(repository.resolve(".github/CODEOWNERS"), "# owners\n*.java @org/backend\ndocs/\n");

    // codeowners/owner-required belongs to the trunk profile.
    CheckResult result = PathCheck.of(Formats.installed(), Policy.of(Profile.TRUNK)).relativeTo(repository)
        .check(List.of(repository));

    assertThat(Formats.installed().byName("codeowners")).isPresent();
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId()).isEqualTo("codeowners/owner-required");
      assertThat(finding.location().line()).isEqualTo(3);
    });
  }
}
