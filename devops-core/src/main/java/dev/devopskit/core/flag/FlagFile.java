package dev.devopskit.core.flag;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.internal.flag.FlagTree;
import dev.devopskit.core.internal.flag.Trees;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlWriteOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The library's own flag file, YAML ({@code flags.yaml}) or JSON ({@code flags.json}): a {@code flags} mapping from
 * key to flag. See {@code docs/flags-and-environments.md} for every key.
 *
 * <pre>{@code
 * flags:
 *   new-checkout:
 *     owner: team-payments
 *     kind: release
 *     created: 2026-01-10
 *     remove-by: 2026-02-20
 *     default: off
 *     rules:
 *       - attribute: plan
 *         in: [pro, enterprise]
 *         variant: on
 *     environments:
 *       production: {rollout: {on: 10, off: 90}}
 * }</pre>
 */
public final class FlagFile {
  private FlagFile() {}

  /** Reads a flag file; never throws: problems are findings at their lines. */
  public static Parsed<FlagSet> read(SourceFile source) {
    return FlagYaml.read(source, (document, read) -> {
      List<FeatureFlag> flags = new ArrayList<>();
      Optional<YamlMapping> top = read.mapping(document.root().orElse(null), DocPath.root());
      top.ifPresent(m -> read.unknownKeys(m, DocPath.root(), Set.of("flags", "$schema")));
      top.flatMap(m -> m.get("flags")).flatMap(f -> read.mapping(f, DocPath.of("flags"))).ifPresent(map -> {
        for (YamlMapping.Entry entry : map.entries()) {
          DocPath path = DocPath.of("flags", entry.name());
          YamlNode node = entry.value();
          if (node.isNull()) {
            FlagTree.read(entry.name(), YamlMapping.empty(), path, read).ifPresent(flags::add);
          } else {
            read.mapping(node, path).flatMap(m -> FlagTree.read(entry.name(), m, path, read)).ifPresent(flags::add);
          }
        }
      });
      return Optional.of(FlagSet.builder().flags(flags).build());
    });
  }

  /** Reads a flag file from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<FlagSet> read(Path file) {
    return Sources.read(file, FlagFile::read);
  }

  /** Reads one flag written as the JSON of {@link #json(FeatureFlag)}; empty with findings when it is broken. */
  public static Parsed<FeatureFlag> readFlag(String key, SourceFile source) {
    return FlagYaml.read(source, (document, read) -> read.mapping(document.root().orElse(null), DocPath.root())
        .flatMap(m -> FlagTree.read(key, m, DocPath.root(), read)));
  }

  /** The flag file as YAML in the house style (the flag file has no header). */
  public static String text(FlagSet flags) {
    return Yaml.write(tree(flags), YamlWriteOptions.defaults());
  }

  /** The flag file as indented JSON. */
  public static String json(FlagSet flags) {
    return Trees.prettyJson(Trees.plain(tree(flags)));
  }

  /** One flag (without its key) as compact JSON, as the JDBC store keeps it. */
  public static String json(FeatureFlag flag) {
    return Trees.json(Trees.plain(FlagTree.write(flag)));
  }

  /**
   * The flag file as YAML.
   *
   * @deprecated use {@link #text(FlagSet)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String writeYaml(FlagSet flags) {
    return text(flags);
  }

  /**
   * The flag file as indented JSON.
   *
   * @deprecated use {@link #json(FlagSet)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String writeJson(FlagSet flags) {
    return json(flags);
  }

  /**
   * One flag as compact JSON.
   *
   * @deprecated use {@link #json(FeatureFlag)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String writeFlagJson(FeatureFlag flag) {
    return json(flag);
  }

  private static YamlMapping tree(FlagSet flags) {
    YamlMapping.Builder map = YamlMapping.builder();
    flags.flags().forEach(f -> map.put(f.key(), FlagTree.write(f)));
    return YamlMapping.builder().put("flags", map.build()).build();
  }
}
