package dev.devopskit.maven;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.Generation;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code devops:drift}: fails the build when a committed file differs from the repository's Java definition, and
 * prints the unified diff and the command that regenerates the files. The drift test, without writing a test.
 */
@Mojo(name = "drift", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class DriftMojo extends DefinitionMojo {
  /** Creates the mojo; Maven sets the parameters. */
  public DriftMojo() {}

  @Override
  String goal() {
    return "drift";
  }

  @Override
  void run(Generation generation, List<GeneratedFile> files) throws IOException, MojoFailureException {
    Generation.Plan plan = generation.plan(files, false);
    List<Generation.Step> drifted = plan.steps().stream()
        .filter(s -> s.action() != Generation.Action.UNCHANGED).toList();
    if (drifted.isEmpty()) {
      getLog().info("devops-kit: " + plan.steps().size() + " file(s) match " + definition);
      return;
    }
    for (Generation.Step step : drifted) {
      String diff = step.action() == Generation.Action.CREATE ? step.file().path() + " is missing"
          : step.diff().orElse(step.file().path() + " differs");
      getLog().error("devops-kit: " + step.file().path() + " differs from " + definition + ":\n" + diff);
    }
    throw new MojoFailureException("devops-kit: " + drifted.size() + " of " + plan.steps().size()
        + " file(s) differ from " + definition + " (diffs above). Regenerate them with 'mvn test-compile "
        + "devops:generate' (add -Ddevops.force to overwrite hand edits), or change the definition.");
  }
}
