package dev.devopskit.github.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.testing.EntryVerbs;
import dev.devopskit.github.Actions;
import dev.devopskit.github.workflow.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry class's verbs keep the promises every entry class makes. */
class ActionsTest {
  private static final Action SETUP = Action.builder().name("Set up").description("Installs the toolchain")
      .putInput("version", ActionInput.builder().description("Tool version").defaultValue("21").build())
      .runs(ActionRuns.composite(List.of(Step.run("./setup.sh \"$VERSION\"").withShell("bash")
          .withEnv("VERSION", "${{ inputs.version }}"))))
      .build();

  @Test
  void file_write_and_drift_agree_with_text(@TempDir Path folder) throws IOException {
    EntryVerbs.writes(SETUP, Actions::file, Actions::text, Actions::write, Actions::drift, "action.yml", folder);
    assertThat(Actions.text(SETUP)).startsWith("#").contains("\nname: Set up\n", "      shell: bash\n");
  }

  @Test
  void a_policy_checks_an_action_read_from_disk_at_the_reader_lines(@TempDir Path root) throws IOException {
    assertThat(EntryVerbs.readsAndChecks(Actions::read, Actions::read, Actions.format(),
        root.resolve(".github/actions/greet/action.yml"), "name: Greet\ndescription: Greets\nruns:\n"
            + "  using: composite\n  steps:\n    - uses: example/greet@v1\n"))
        .extracting(f -> f.ruleId()).contains("github/unpinned-action");
  }
}
