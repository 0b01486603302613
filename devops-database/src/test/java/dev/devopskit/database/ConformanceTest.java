package dev.devopskit.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.database.migration.MigrationFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every real-world migration under {@code ../shared/conformance/real-world} is read and split without an exception;
 * the rule hits per rule are printed, and written to {@code target/conformance/migration-hits.txt} for review.
 */
class ConformanceTest {

  @Test
  void should_read_split_and_check_every_real_world_migration() throws IOException {
    Path realWorld = Shared.conformance().resolve("real-world");
    List<Path> files = Shared.files(realWorld, p -> p.getFileName().toString().endsWith(".sql"));
    assertThat(files).hasSizeGreaterThan(100);
    int statements = 0;
    int syntax = 0;
    Map<String, Integer> hits = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Parsed<MigrationFile> parsed = Migrations.read(SourceFile.of(file.toString().replace('\\', '/'), text));
      assertThat(parsed.value()).as(file.toString()).isPresent();
      statements += parsed.value().get().statements().size();
      syntax += parsed.findings().size();
      CheckResult result = Policy.defaults().check(parsed, Migrations.format());
      for (Finding finding : result.findingList()) {
        hits.merge(finding.ruleId(), 1, Integer::sum);
        lines.add(finding.ruleId() + "\t" + realWorld.relativize(Path.of(finding.location().file())) + ":"
            + finding.location().line() + "\t" + finding.message());
      }
    }
    Path report = Path.of("target", "conformance", "migration-hits.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, lines, StandardCharsets.UTF_8);
    String summary = "migrations: " + files.size() + " files read, " + statements + " statements, " + syntax
        + " syntax findings; rule hits " + hits;
    // The numbers are the point of this test: they go to the build log for the conformance report.
    System.out.println(summary);
    assertThat(statements).isGreaterThan(files.size());
  }
}
