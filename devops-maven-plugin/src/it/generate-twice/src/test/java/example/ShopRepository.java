package example;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.kit.RepositoryDefinition;
import java.util.List;

/** The shop's DevOps files: every file devops-kit writes for a Maven service. */
public final class ShopRepository implements RepositoryDefinition {
  @Override
  public List<GeneratedFile> files() {
    Blueprint shop = Blueprint.builder().name("shop").toolchain(Toolchain.java(Toolchain.PackageManager.MAVEN))
        .build();
    return RepositoryDefinition.of(shop).files();
  }
}
