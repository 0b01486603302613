package dev.devopskit.docker.internal.format;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.internal.compose.ComposeReader;
import dev.devopskit.docker.rules.ComposeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code compose} format: {@code docker-compose*.yml}, {@code compose*.yaml} and the like. */
public final class ComposeFormat implements Format<ComposeFile> {

  /** Creates the format (for the service loader). */
  public ComposeFormat() {}

  @Override
  public String name() {
    return "compose";
  }

  @Override
  public String description() {
    return "Compose files (docker-compose*.yml, compose*.yaml)";
  }

  @Override
  public Class<ComposeFile> valueType() {
    return ComposeFile.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yml") || name.endsWith(".yaml");
    boolean workflow = relativePath.startsWith(".github/") || relativePath.contains("/.github/");
    return yaml && !workflow && (name.startsWith("docker-compose") || name.startsWith("compose"));
  }

  /** A file named on the command line is a compose file when it has a top-level {@code services:}. */
  @Override
  public boolean recognizes(String head) {
    return Format.hasTopLevelKeys(head, "services");
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public Parsed<ComposeFile> read(SourceFile source) {
    return Compose.read(source);
  }

  @Override
  public String write(ComposeFile value) {
    return Compose.text(value, WriteOptions.noHeader());
  }

  @Override
  public List<Rule<? super ComposeFile>> rules() {
    return ComposeRules.all();
  }

  @Override
  public List<RuleInfo> readerRules() {
    List<RuleInfo> rules = new ArrayList<>(List.of(ComposeReader.SYNTAX, ComposeReader.UNKNOWN_KEY,
        ComposeReader.OBSOLETE_VERSION, ComposeReader.VERSION_1));
    rules.addAll(CoreRules.yamlReader());
    return rules;
  }
}
