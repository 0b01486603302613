package dev.devopskit.observability;

import dev.devopskit.core.check.CoreRules;
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
 * <p>Claimed by path: {@code *.rules}, {@code *.rules.yml}, names containing {@code rules}, {@code alerts.yml},
 * {@code *-alerts.yml}, and any YAML under a {@code rules/} or {@code alerts/} folder; unit-test files
 * ({@code *.test.yml}), Prometheus, Alertmanager and blackbox configurations, compose files and workflows are left to
 * others. Any other YAML file whose top-level key is {@code groups:} is claimed by its content.
 */
public final class PrometheusRulesFormat implements Format<RuleFile> {
  /** Reader findings: shape and types. */
  public static final RuleInfo SYNTAX = RuleInfo.of(RuleFileReader.SYNTAX, Severity.ERROR,
      "Rule files have the shape Prometheus reads");
  /** Reader findings: keys Prometheus does not know. */
  public static final RuleInfo UNKNOWN_KEY = RuleInfo.of(RuleFileReader.UNKNOWN_KEY, Severity.ERROR,
      "Rule files use only the keys Prometheus knows");

  private static final Pattern GROUPS_KEY = Pattern.compile("(?m)^groups\\s*:");
  private static final Pattern YAML = Pattern.compile(".*\\.(ya?ml)");
  private static final Pattern NOT_RULES = Pattern.compile(
      ".*[._-]tests?\\.ya?ml|prometheus\\.ya?ml|alertmanager.*|blackbox\\.ya?ml|.*compose.*");
  private static final Pattern RULES_NAME = Pattern.compile(".*rules?([._-].*)?\\.ya?ml|.*\\.rules"
      + "|alerts?([._-].*)?\\.ya?ml|.*[._-]alerts?\\.ya?ml|.*[._-]alerting\\.ya?ml|alerting([._-].*)?\\.ya?ml");

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

  @Override
  public boolean claims(String relativePath) {
    String path = relativePath.replace('\\', '/').toLowerCase(Locale.ROOT);
    String name = path.substring(path.lastIndexOf('/') + 1);
    String folder = "/" + (path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "");
    if (folder.contains("/.github/") || NOT_RULES.matcher(name).matches()) {
      return false;
    }
    if (RULES_NAME.matcher(name).matches()) {
      return true;
    }
    return YAML.matcher(name).matches() && (folder.contains("/rules/") || folder.contains("/alerts/"));
  }

  @Override
  public boolean claimsContent(String relativePath, String head) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return YAML.matcher(name).matches() && GROUPS_KEY.matcher(head).find();
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
