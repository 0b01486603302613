package dev.devopskit.maven;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.kit.RepositoryDefinition;
import java.util.List;

/** A definition as a project would write it: one document. */
public final class SampleDefinition implements RepositoryDefinition {
  @Override
  public List<GeneratedFile> files() {
    return List.of(GeneratedFile.of("docs/owners.md", "# Owners\n\nThe shop team.\n"));
  }
}
