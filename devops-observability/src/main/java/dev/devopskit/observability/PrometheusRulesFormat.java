package dev.devopskit.observability;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.observability.alerting.RuleFile;
import dev.devopskit.observability.internal.yaml.RuleFileReader;
import dev.devopskit.observability.internal.yaml.RuleFileWriter;
import dev.devopskit.observability.rules.MissingForRule;
import dev.devopskit.observability.rules.PromqlSyntaxRule;
import dev.devopskit.observability.rules.RunbookUrlRule;
import dev.devopskit.observability.rules.SeverityLabelRule;
import dev.devopskit.observability.rules.SummaryRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The format {@code prometheus-rules}: Prometheus recording and alerting rule files.
 *
 * <p>Claimed by content: a YAML file (or a {@code *.rules} file) whose first lines hold the top-level key
 * {@code groups:}. A name alone claims nothing: {@code access-rules.yml} of an API gateway, a Firestore
 * {@code firestore.rules} or an OpenAPI schema {@code AlertRule.yml} are not Prometheus files. Unit-test files
 * ({@code *.test.yml}), Prometheus, Alertmanager and blackbox configurations, compose files and workflows are left to
 * others.
 */
public final class PrometheusRulesFormat implements Format<RuleFile> {
  /** Reader findings: shape and types. */
  public static final RuleInfo SYNTAX = RuleInfo.of(RuleFileReader.SYNTAX, Profile.RECOMMENDED, Severity.ERROR,
      "Rule files have the shape Prometheus reads");
  /** Reader findings: keys Prometheus does not know. */
  public static final RuleInfo UNKNOWN_KEY = RuleInfo.of(RuleFileReader.UNKNOWN_KEY,
      Profile.RECOMMENDED, Severity.ERROR, "Rule files use only the keys Prometheus knows");

  private static final Pattern GROUPS_KEY = Pattern.compile("(?m)^groups\\s*:");
  private static final Pattern YAML = Pattern.compile(".*\\.(ya?ml)");
  private static final Pattern NOT_RULES = Pattern.compile(
      ".*[._-]tests?\\.ya?ml|prometheus\\.ya?ml|alertmanager.*|blackbox\\.ya?ml|.*compose.*");

  @Override
  public String name() {
    return "prometheus-rules";
  }

  @Override
  public String description() {
    return "Prometheus recording and alerting rule files (groups of rules)";
  }

  @Override
  public Class<RuleFile> valueType() {
    return RuleFile.class;
  }

  /** Nothing by name alone: see {@link #claimsContent}. */
  @Override
  public boolean claims(String relativePath) {
    return false;
  }

  /**
   * Whether a file is a rule file: a YAML or {@code *.rules} file outside {@code .github/}, not named like a unit
   * test or another Prometheus component's configuration, with a top-level {@code groups:} key in its first lines.
   */
  @Override
  public boolean claimsContent(String relativePath, String head) {
    String path = relativePath.replace('\\', '/').toLowerCase(Locale.ROOT);
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (path.startsWith(".github/") || path.contains("/.github/") || NOT_RULES.matcher(name).matches()) {
      return false;
    }
    return (YAML.matcher(name).matches() || name.endsWith(".rules")) && GROUPS_KEY.matcher(head).find();
  }

  /** A file named on the command line is a rule file when it has a top-level {@code groups:}. */
  @Override
  public boolean recognizes(String head) {
    return Format.hasTopLevelKeys(head, "groups");
  }

  @Override
  public Parsed<RuleFile> read(SourceFile source) {
    return RuleFileReader.read(source);
  }

  @Override
  public String write(RuleFile value) {
    return RuleFileWriter.write(value, Optional.empty());
  }

  @Override
  public List<Rule<? super RuleFile>> rules() {
    return List.of(new MissingForRule(), new PromqlSyntaxRule(), new RunbookUrlRule(), new SeverityLabelRule(),
        new SummaryRule());
  }

  @Override
  public List<RuleInfo> readerRules() {
    List<RuleInfo> rules = new ArrayList<>(CoreRules.yamlReader());
    rules.add(SYNTAX);
    rules.add(UNKNOWN_KEY);
    return rules;
  }
}
