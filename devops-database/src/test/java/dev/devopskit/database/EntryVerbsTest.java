package dev.devopskit.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.EntryVerbs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryVerbsTest {

  @Test
  void a_policy_checks_a_migration_read_from_disk_at_the_reader_lines(@TempDir Path root) throws IOException {
    String text = Files.readString(Path.of("src/test/resources/migrations/destructive-change/V3__breaking.sql"));
    assertThat(EntryVerbs.readsAndChecks(Policy.of(Profile.TRUNK), Migrations::read, Migrations::read, Migrations.format(),
        root.resolve("db/migration/V3__breaking.sql"), text)).extracting(f -> f.ruleId())
        .contains("migrations/destructive-change");
  }
}
