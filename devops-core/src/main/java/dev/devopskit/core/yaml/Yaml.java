package dev.devopskit.core.yaml;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;

/**
 * YAML in and out: reads files into trees with a position for every node, and writes trees in the house style.
 *
 * <pre>{@code
 * Parsed<YamlDocument> parsed = Yaml.read(SourceFile.of("ci.yml", text));
 * parsed.findings();                      // syntax problems, duplicate keys, limits, at their lines
 * YamlNode root = parsed.value().flatMap(YamlDocument::root).orElseThrow();
 * String text = Yaml.write(root);         // block style, two-space indent, quotes only where needed
 * }</pre>
 */
public final class Yaml {
  /** Rule id of syntax findings. */
  public static final String SYNTAX_RULE = YamlTreeReader.SYNTAX;
  /** Rule id of duplicate-key findings. */
  public static final String DUPLICATE_KEY_RULE = YamlTreeReader.DUPLICATE_KEY;
  /** Rule id of findings about files over the reader's limits. */
  public static final String LIMIT_RULE = YamlTreeReader.LIMIT;

  private Yaml() {}

  /** Reads the first document of a file with the default limits; never throws on bad input. */
  public static Parsed<YamlDocument> read(SourceFile source) {
    return read(source, YamlLimits.defaults());
  }

  /** Reads the first document of a file within the given limits; never throws on bad input. */
  public static Parsed<YamlDocument> read(SourceFile source, YamlLimits limits) {
    YamlTreeReader.Result result = YamlTreeReader.read(source, limits);
    return Parsed.of(result.document(), source, result.document(), result.findings());
  }

  /** Writes a tree in the house style. */
  public static String write(YamlNode root) {
    return YamlEmitter.write(root, YamlWriteOptions.defaults());
  }

  /** Writes a tree in the house style with options (header comment, blank lines). */
  public static String write(YamlNode root, YamlWriteOptions options) {
    return YamlEmitter.write(root, options);
  }
}
