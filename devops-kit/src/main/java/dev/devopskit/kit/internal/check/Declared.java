package dev.devopskit.kit.internal.check;

import dev.devopskit.core.environment.Environment;
import dev.devopskit.core.environment.Environments;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.kit.Descriptor;
import dev.devopskit.kit.check.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The environments a repository declares: in the descriptor and in {@code environments.yml}, with where. */
final class Declared {
  /** One declared environment and the file and path that declare it. */
  record Site(Environment environment, Parsed<?> file, DocPath path) {}

  private Declared() {}

  static List<Site> environments(Repository repository) {
    List<Site> out = new ArrayList<>();
    for (Parsed<Descriptor> file : repository.values("devops-descriptor", Descriptor.class)) {
      file.value().orElseThrow().environments().ifPresent(e -> add(file, e, out));
    }
    for (Parsed<Environments> file : repository.values("environments", Environments.class)) {
      add(file, file.value().orElseThrow(), out);
    }
    return out;
  }

  private static void add(Parsed<?> file, Environments environments, List<Site> out) {
    List<YamlNode> items = Sites.items(file, DocPath.of("environments"));
    for (Environment environment : environments.environments()) {
      DocPath path = DocPath.of("environments");
      for (int i = 0; i < items.size(); i++) {
        Optional<String> name = items.get(i).asMapping().flatMap(m -> m.get("name")).flatMap(YamlNode::text);
        if (name.filter(environment.name()::equals).isPresent()) {
          path = DocPath.of("environments").index(i);
          break;
        }
      }
      out.add(new Site(environment, file, path));
    }
  }
}
