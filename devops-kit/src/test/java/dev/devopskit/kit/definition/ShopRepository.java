package dev.devopskit.kit.definition;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.kit.DevOpsKit;
import dev.devopskit.kit.RepositoryDefinition;
import java.util.List;

/** A definition of a Node service's files, for the drift test that docs/integrations.md shows. */
public final class ShopRepository implements RepositoryDefinition {
  private static final Blueprint SHOP = Blueprint.builder().name("shop")
      .toolchain(Toolchain.node(Toolchain.PackageManager.NPM)).build();

  @Override
  public List<GeneratedFile> files() {
    return DevOpsKit.files(SHOP);
  }
}
