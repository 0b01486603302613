package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTrainingTest {

  @Test
  void the_bundled_repository_has_every_file_kind_with_findings_of_every_rule_family(@TempDir Path dir)
      throws Exception {
    Path repository = TrainingRepository.writeTo(dir.resolve("repository"));
    try (Stream<Path> files = Files.walk(repository)) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(TrainingRepository.paths().size());
    }
    Path report = dir.resolve("report.json");

    CliRun run = CliRun.of("check", repository.toString(), "--profile", "strict", "--format", "json", "-o",
        report.toString());

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    JsonNode findings = new ObjectMapper().readTree(report.toFile()).get("findings");
    Set<String> families = new TreeSet<>();
    findings.forEach(finding -> families.add(finding.get("ruleId").asText().replaceAll("/.*", "")));
    // A finding of each family: its rules, finding and report code paths are in the archive's class list.
    assertThat(families).contains("github", "docker", "compose", "alerts", "runbook", "postmortem",
        "migrations", "flags", "env", "secrets", "yaml", "consistency");
  }

  @Test
  void training_prints_nothing_leaves_no_files_and_keeps_the_streams(@TempDir Path tmp) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      ArchiveTraining.train(tmp);
      assertThat(System.out).isSameAs(capture);
      assertThat(System.err).isSameAs(capture);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void every_listed_file_is_stored_only_under_its_suffixed_name() throws Exception {
    for (String path : TrainingRepository.paths()) {
      assertThat(TrainingRepository.class.getResource(TrainingRepository.FOLDER + path + TrainingRepository.SUFFIX))
          .as(path).isNotNull();
      assertThat(TrainingRepository.class.getResource(TrainingRepository.FOLDER + path)).as(path).isNull();
    }
  }
}
