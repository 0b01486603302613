package dev.devopskit.github.conformance;

import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import java.util.Set;
import java.util.TreeSet;

/** Every key and scalar text of a YAML file, to prove that writing drops nothing the reader saw. */
final class Texts {
  private Texts() {}

  static Set<String> of(String name, String text) {
    Set<String> out = new TreeSet<>();
    Yaml.read(SourceFile.of(name, text)).value().flatMap(d -> d.root()).ifPresent(root -> collect(root, out, 0));
    return out;
  }

  private static void collect(YamlNode node, Set<String> out, int depth) {
    if (depth > 100) {
      return;
    }
    if (node instanceof YamlMapping) {
      for (YamlMapping.Entry entry : ((YamlMapping) node).entries()) {
        out.add(entry.name());
        collect(entry.value(), out, depth + 1);
      }
    } else if (node instanceof YamlSequence) {
      ((YamlSequence) node).items().forEach(item -> collect(item, out, depth + 1));
    } else if (node instanceof YamlScalar && !node.isNull()) {
      // a number or boolean as the text GitHub makes of it: plain 0755 is 755, so a printer may write either
      out.add(((YamlScalar) node).asText());
    }
  }

  /** Keys that the writer leaves out on purpose when it uses a short form ({@code container: node:20}). */
  private static final Set<String> SHORT_FORM_KEYS = Set.of("image", "group", "name");

  /** What the original has that the written text lacks. */
  static Set<String> lost(String name, String original, String written) {
    Set<String> missing = new TreeSet<>(of(name, original));
    missing.removeAll(of(name, written));
    missing.removeAll(SHORT_FORM_KEYS);
    return missing;
  }
}
