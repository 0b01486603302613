package dev.devopskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionMojoTest {
  @TempDir
  Path root;

  private final RecordingLog log = new RecordingLog();

  private <T extends DefinitionMojo> T configure(T mojo, String definition) {
    mojo.setLog(log);
    mojo.root = root.toFile();
    mojo.definition = definition;
    mojo.classpath = List.of();
    return mojo;
  }

  @Test
  void should_create_then_find_unchanged_and_keep_hand_edits_unless_forced() throws Exception {
    configure(new GenerateMojo(), SampleDefinition.class.getName()).execute();
    configure(new GenerateMojo(), SampleDefinition.class.getName()).execute();
    Files.writeString(root.resolve("docs/owners.md"), "# Owners\n\nSomeone else.\n");
    configure(new GenerateMojo(), SampleDefinition.class.getName()).execute();
    GenerateMojo forced = configure(new GenerateMojo(), SampleDefinition.class.getName());
    forced.force = true;
    forced.execute();

    assertThat(log.lines).containsExactly("INFO create    docs/owners.md", "INFO unchanged docs/owners.md",
        "INFO keep      docs/owners.md (edited by hand or not generated; --force overwrites it)",
        "WARNING 1 file(s) kept because they were edited by hand; run 'mvn test-compile devops:generate "
            + "-Ddevops.force' to overwrite them.",
        "INFO overwrite docs/owners.md (edited by hand; --force given)");
    assertThat(root.resolve("docs/owners.md")).hasContent("# Owners\n\nThe shop team.\n");
  }

  @Test
  void should_fail_on_drift_with_the_diff_and_the_command_that_regenerates() throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/owners.md"), "# Owners\n\nNobody.\n");

    assertThatThrownBy(() -> configure(new DriftMojo(), SampleDefinition.class.getName()).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("devops-kit: 1 of 1 file(s) differ from dev.devopskit.maven.SampleDefinition (diffs above). "
            + "Regenerate them with 'mvn test-compile devops:generate' (add -Ddevops.force to overwrite hand "
            + "edits), or change the definition.");
    assertThat(log.lines).singleElement().asString()
        .startsWith("ERROR devops-kit: docs/owners.md differs from dev.devopskit.maven.SampleDefinition:\n")
        .contains("-Nobody.\n", "+The shop team.\n");
  }

  @Test
  void should_pass_when_nothing_drifted_and_report_a_missing_file() throws Exception {
    assertThatThrownBy(() -> configure(new DriftMojo(), SampleDefinition.class.getName()).execute())
        .hasMessageStartingWith("devops-kit: 1 of 1 file(s) differ");
    assertThat(log.lines).singleElement().asString().startsWith("ERROR devops-kit: docs/owners.md differs")
        .endsWith("docs/owners.md is missing");
    log.lines.clear();
    configure(new GenerateMojo(), SampleDefinition.class.getName()).execute();
    log.lines.clear();

    configure(new DriftMojo(), SampleDefinition.class.getName()).execute();

    assertThat(log.lines).containsExactly("INFO devops-kit: 1 file(s) match dev.devopskit.maven.SampleDefinition");
  }

  @Test
  void should_name_the_class_and_the_fix_when_the_definition_cannot_be_used() {
    assertThatThrownBy(() -> configure(new GenerateMojo(), "example.Missing").execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("devops-kit: definition class example.Missing not found in the project's classes; compile it "
            + "first (mvn test-compile devops:generate) and check <definition>");
    assertThatThrownBy(() -> configure(new DriftMojo(), "java.lang.String").execute())
        .hasMessage("devops-kit: definition class java.lang.String does not implement "
            + "dev.devopskit.kit.RepositoryDefinition");
  }
}
