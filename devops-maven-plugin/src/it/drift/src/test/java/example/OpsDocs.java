package example;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.kit.RepositoryDefinition;
import java.util.List;

/** Two documents defined in Java; the committed on-call page was changed by hand. */
public final class OpsDocs implements RepositoryDefinition {
  @Override
  public List<GeneratedFile> files() {
    return List.of(GeneratedFile.of("docs/owners.md", "# Owners\n\nThe shop team owns this service.\n"),
        GeneratedFile.of("docs/on-call.md", "# On call\n\nPage the shop team.\nEscalate to the platform team.\n"));
  }
}
