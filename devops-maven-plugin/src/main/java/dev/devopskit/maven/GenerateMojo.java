package dev.devopskit.maven;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.Generation;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code devops:generate}: writes the repository's DevOps files from its Java definition. Files edited by hand
 * since devops-kit wrote them are kept unless {@code force}; a second run changes nothing. Run it after the
 * definition is compiled: {@code mvn test-compile devops:generate}.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class GenerateMojo extends DefinitionMojo {
  /** Overwrites files that were edited by hand. */
  @Parameter(property = "devops.force", defaultValue = "false")
  boolean force;

  /** Creates the mojo; Maven sets the parameters. */
  public GenerateMojo() {}

  @Override
  String goal() {
    return "generate";
  }

  @Override
  void run(Generation generation, List<GeneratedFile> files) throws IOException {
    Generation.Plan plan = generation.apply(files, force);
    plan.steps().forEach(step -> getLog().info(step.describe()));
    if (!plan.conflicts().isEmpty()) {
      getLog().warn(plan.conflicts().size() + " file(s) kept because they were edited by hand; run 'mvn "
          + "test-compile devops:generate -Ddevops.force' to overwrite them.");
    }
  }
}
