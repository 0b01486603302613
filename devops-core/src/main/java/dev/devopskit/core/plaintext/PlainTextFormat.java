package dev.devopskit.core.plaintext;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.rules.LiteralSecretRule;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.SourceMap;
import java.util.List;
import java.util.Locale;

/**
 * The fallback format {@code plain-text}: {@code .env} files, {@code *.properties}, {@code *.json}, {@code *.yml},
 * {@code *.yaml}, {@code *.toml}, {@code *.ini} and {@code *.conf} that no other format claims, checked for secrets.
 * Lock files and minified bundles are left out.
 */
public final class PlainTextFormat implements Format<PlainText> {

  @Override
  public String name() {
    return "plain-text";
  }

  @Override
  public String description() {
    return "configuration files no other format claims (.env, *.properties, *.json, *.yml), checked for secrets";
  }

  @Override
  public Class<PlainText> valueType() {
    return PlainText.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.endsWith("-lock.json") || name.endsWith("-lock.yaml") || name.endsWith(".lock")
        || name.equals("npm-shrinkwrap.json") || name.endsWith(".min.json") || name.endsWith(".map")) {
      return false;
    }
    return name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env") || name.endsWith(".properties")
        || name.endsWith(".json") || name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".toml")
        || name.endsWith(".ini") || name.endsWith(".conf") || name.endsWith(".cfg");
  }

  @Override
  public int priority() {
    return -100;
  }

  @Override
  public Parsed<PlainText> read(SourceFile source) {
    return Parsed.of(PlainText.of(source.text()), source, SourceMap.none(), List.of());
  }

  @Override
  public String write(PlainText value) {
    return value.text();
  }

  @Override
  public List<Rule<? super PlainText>> rules() {
    return List.of(LiteralSecretRule.coreText(PlainText::text));
  }

  @Override
  public List<RuleInfo> readerRules() {
    return List.of(CoreRules.ENCODING, CoreRules.TOO_LARGE, CoreRules.UNREADABLE);
  }
}
