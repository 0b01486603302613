package dev.devopskit.core.flag;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The format {@code feature-flags}: the library's flag file ({@code flags.yaml}, {@code flags.yml},
 * {@code flags.json}, {@code feature-flags.yaml|yml|json}, {@code .devops/flags.yaml}, any {@code flags/*.yaml|yml|json})
 * and flagd flag definitions ({@code *.flagd.json}, or a flag file whose flags have flagd's {@code state} and
 * {@code defaultVariant}).
 */
public final class FeatureFlagsFormat implements Format<FlagSet> {
  /** Shape errors in a flag file. */
  public static final RuleInfo SYNTAX = RuleInfo.of("flags/syntax", Profile.RECOMMENDED, Severity.ERROR,
      "A flag file has the shape devops-kit reads");
  /** Unknown keys in a flag file. */
  public static final RuleInfo UNKNOWN_KEY = RuleInfo.of("flags/unknown-key", Profile.RECOMMENDED, Severity.ERROR,
      "A flag file uses only known keys");
  private static final Pattern FLAGD_HINT = Pattern.compile(
      "\"(?:state|defaultVariant|\\$evaluators)\"\\s{0,10}:|flagd\\.dev/schema");

  @Override
  public String name() {
    return "feature-flags";
  }

  @Override
  public String description() {
    return "feature flag files: the devops-kit flag file (flags.yaml) and flagd flag definitions (*.flagd.json)";
  }

  @Override
  public Class<FlagSet> valueType() {
    return FlagSet.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String path = relativePath.toLowerCase(Locale.ROOT);
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.endsWith(".flagd.json")) {
      return true;
    }
    boolean data = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    if (!data) {
      return false;
    }
    String stem = name.substring(0, name.lastIndexOf('.'));
    return stem.equals("flags") || stem.equals("feature-flags") || path.startsWith("flags/")
        || path.contains("/flags/");
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public Parsed<FlagSet> read(SourceFile source) {
    return readAny(source);
  }

  /** Reads the library's flag file or a flagd file, whichever the text is. */
  public static Parsed<FlagSet> readAny(SourceFile source) {
    String head = source.text().length() > 4096 ? source.text().substring(0, 4096) : source.text();
    boolean flagd = source.path().toLowerCase(Locale.ROOT).endsWith(".flagd.json") || FLAGD_HINT.matcher(head).find();
    return flagd ? Flagd.read(source) : FlagFile.read(source);
  }

  @Override
  public String write(FlagSet value) {
    return FlagFile.text(value);
  }

  @Override
  public List<Rule<? super FlagSet>> rules() {
    return List.of(new MissingOwnerRule(), new MissingRemoveByRule(), new ExpiredRule(), new PotentiallyStaleRule(),
        new NamingRule(), CodeReferenceRule.unknownReference(), CodeReferenceRule.unreferenced());
  }

  @Override
  public List<RuleInfo> readerRules() {
    List<RuleInfo> rules = new ArrayList<>(CoreRules.yamlReader());
    rules.add(SYNTAX);
    rules.add(UNKNOWN_KEY);
    return rules;
  }
}
