package dev.devopskit.core.yaml;

import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import java.util.ArrayList;
import java.util.List;

/** Every string scalar of a YAML tree with its path and nearest key, for the secret scanner. */
public final class YamlStrings {
  private YamlStrings() {}

  /** The string sites of a tree (aliased subtrees are visited at each use). */
  public static List<StringSite> of(YamlNode root) {
    List<StringSite> sites = new ArrayList<>();
    visit(root, DocPath.root(), "", sites, 0);
    return sites;
  }

  /**
   * Adds the string sites of a subtree that lies at {@code path} of a larger tree, under the mapping key
   * {@code key}: the sites that {@link #of} lists for that part of the larger tree, in the same order.
   */
  public static void addTo(List<StringSite> sites, YamlNode node, DocPath path, String key) {
    visit(node, path, key, sites, path.size());
  }

  private static void visit(YamlNode node, DocPath path, String key, List<StringSite> sites, int depth) {
    if (depth > 512) {
      return;
    }
    if (node instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node;
      if (scalar.kind() == YamlScalar.Kind.STRING || scalar.kind() == YamlScalar.Kind.INTEGER) {
        sites.add(new StringSite(path, key, scalar.value()));
      }
    } else if (node instanceof YamlMapping) {
      for (YamlMapping.Entry entry : ((YamlMapping) node).entries()) {
        visit(entry.value(), path.key(entry.name()), entry.name(), sites, depth + 1);
      }
    } else if (node instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) node).items();
      for (int i = 0; i < items.size(); i++) {
        visit(items.get(i), path.index(i), key, sites, depth + 1);
      }
    }
  }
}
