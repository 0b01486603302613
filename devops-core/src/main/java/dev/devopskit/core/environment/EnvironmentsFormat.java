package dev.devopskit.core.environment;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.secret.SecretRef;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlWriteOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The format {@code environments}: the project's promotion path in {@code environments.yml} (or
 * {@code .devops/environments.yml}), a list of environments from local to production.
 *
 * <pre>{@code
 * environments:
 *   - name: staging
 *     tier: staging
 *     deployment: automatic
 *     secrets: [DB_PASSWORD]
 *   - name: production
 *     tier: production
 *     deployment: manual
 *     reviewers: [team:release]
 * }</pre>
 */
public final class EnvironmentsFormat implements Format<Environments> {
  /** Shape errors in an environments file. */
  public static final RuleInfo SYNTAX = RuleInfo.of("env/syntax", Profile.RECOMMENDED, Severity.ERROR,
      "An environments file has the shape devops-kit reads");
  /** Unknown keys in an environments file. */
  public static final RuleInfo UNKNOWN_KEY = RuleInfo.of("env/unknown-key", Profile.RECOMMENDED, Severity.ERROR,
      "An environments file uses only known keys");

  private static final Set<String> KEYS = Set.of("name", "tier", "deployment", "url", "reviewers",
      "required-approvals", "wait-timer", "branches", "variables", "secrets");

  @Override
  public String name() {
    return "environments";
  }

  @Override
  public String description() {
    return "the promotion path of a project (environments.yml): tiers, deployment, approvals, secret names";
  }

  @Override
  public Class<Environments> valueType() {
    return Environments.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String path = relativePath.toLowerCase(Locale.ROOT);
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.equals("environments.yml") || name.equals("environments.yaml");
  }

  @Override
  public Parsed<Environments> read(SourceFile source) {
    Parsed<YamlDocument> yaml = Yaml.read(source);
    if (yaml.value().isEmpty()) {
      return Parsed.failed(source, yaml.findings());
    }
    YamlDocument document = yaml.value().get();
    YamlReadContext read = new YamlReadContext(source, SYNTAX.id(), UNKNOWN_KEY.id());
    List<Environment> environments = new ArrayList<>();
    YamlNode root = document.root().orElse(null);
    Optional<YamlMapping> top = read.mapping(root, DocPath.root());
    top.ifPresent(mapping -> read.unknownKeys(mapping, DocPath.root(), Set.of("environments")));
    YamlNode list = top.flatMap(m -> m.get("environments")).orElse(null);
    if (list instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) list).items();
      for (int i = 0; i < items.size(); i++) {
        DocPath path = DocPath.of("environments").index(i);
        read.mapping(items.get(i), path).flatMap(m -> environment(m, path, read)).ifPresent(environments::add);
      }
    } else if (list != null && !list.isNull()) {
      read.error(list, DocPath.of("environments"), "'environments' must be a list of environments", null);
    }
    List<Finding> findings = new ArrayList<>(yaml.findings());
    findings.addAll(read.findings());
    Environments value;
    try {
      value = Environments.builder().environments(environments).build();
    } catch (IllegalArgumentException e) {
      findings.add(Finding.of(SYNTAX.id(), Severity.ERROR, e.getMessage(),
          new Location(source.path(), document.locate(DocPath.of("environments")), DocPath.of("environments"))));
      value = Environments.builder().build();
    }
    return Parsed.of(value, source, document, findings);
  }

  private static Optional<Environment> environment(YamlMapping mapping, DocPath path, YamlReadContext read) {
    read.unknownKeys(mapping, path, KEYS);
    Optional<String> name = read.string(mapping.get("name").orElse(null), path.key("name"));
    if (name.isEmpty()) {
      read.error(mapping, path, "environment " + path + " has no 'name'", "add 'name: staging' or similar");
      return Optional.empty();
    }
    Environment.Builder builder = Environment.builder().name(name.get());
    read.string(mapping.get("tier").orElse(null), path.key("tier")).ifPresent(text -> Tier.parse(text).ifPresentOrElse(
        builder::tier, () -> read.error(mapping.get("tier").get(), path.key("tier"), "unknown tier '" + text + "'",
            "use local, staging, production or custom")));
    read.string(mapping.get("deployment").orElse(null), path.key("deployment")).ifPresent(text ->
        DeploymentMode.parse(text).ifPresentOrElse(builder::deployment, () -> read.error(
            mapping.get("deployment").get(), path.key("deployment"), "unknown deployment '" + text + "'",
            "use automatic, pull-request, manual or none")));
    read.string(mapping.get("url").orElse(null), path.key("url")).ifPresent(builder::url);
    builder.reviewers(read.stringList(mapping.get("reviewers").orElse(null), path.key("reviewers")));
    read.integer(mapping.get("required-approvals").orElse(null), path.key("required-approvals"))
        .ifPresent(n -> builder.requiredApprovals(n.intValue()));
    read.integer(mapping.get("wait-timer").orElse(null), path.key("wait-timer"))
        .ifPresent(n -> builder.waitTimerMinutes((int) Math.max(Integer.MIN_VALUE, Math.min(n, Integer.MAX_VALUE))));
    builder.branchPatterns(read.stringList(mapping.get("branches").orElse(null), path.key("branches")));
    builder.variables(read.stringMap(mapping.get("variables").orElse(null), path.key("variables")));
    List<String> secrets = read.stringList(mapping.get("secrets").orElse(null), path.key("secrets"));
    for (int i = 0; i < secrets.size(); i++) {
      try {
        builder.addSecret(SecretRef.named(secrets.get(i)));
      } catch (IllegalArgumentException e) {
        YamlNode at = mapping.get("secrets").get();
        read.error(at, path.key("secrets").index(i), e.getMessage(), null);
      }
    }
    try {
      return Optional.of(builder.build());
    } catch (IllegalArgumentException e) {
      read.error(mapping, path, e.getMessage(), null);
      return Optional.empty();
    }
  }

  @Override
  public String write(Environments value) {
    List<YamlNode> items = new ArrayList<>();
    for (Environment e : value.environments()) {
      YamlMapping.Builder m = YamlMapping.builder().put("name", e.name()).put("tier", e.tier().id())
          .put("deployment", e.deployment().id()).putStringIfPresent("url", e.url());
      m.putIfNotEmpty("reviewers", YamlSequence.ofStrings(e.reviewers()));
      if (e.requiredApprovals() != (e.reviewers().isEmpty() ? 0 : 1)) {
        m.put("required-approvals", YamlScalar.integer(e.requiredApprovals()));
      }
      if (e.waitTimerMinutes() != 0) {
        m.put("wait-timer", YamlScalar.integer(e.waitTimerMinutes()));
      }
      m.putIfNotEmpty("branches", YamlSequence.ofStrings(e.branchPatterns()));
      YamlMapping.Builder variables = YamlMapping.builder();
      e.variables().forEach(variables::put);
      m.putIfNotEmpty("variables", variables.build());
      m.putIfNotEmpty("secrets", YamlSequence.ofStrings(e.secrets().stream().map(SecretRef::name).toList()));
      items.add(m.build());
    }
    return Yaml.write(YamlMapping.builder().put("environments", YamlSequence.of(items)).build(),
        YamlWriteOptions.defaults());
  }

  @Override
  public List<Rule<? super Environments>> rules() {
    return List.of(new ProductionApprovalRule(), new StagingFromTrunkRule(), new SecretScopeRule());
  }

  @Override
  public List<RuleInfo> readerRules() {
    List<RuleInfo> rules = new ArrayList<>(CoreRules.yamlReader());
    rules.add(SYNTAX);
    rules.add(UNKNOWN_KEY);
    return rules;
  }

  /**
   * Reads one environment entry (the mapping form of {@code environments.yml}) with findings in {@code read}; for
   * other files that embed environments, such as the project descriptor.
   */
  public static Optional<Environment> readEnvironment(YamlMapping mapping, DocPath path, YamlReadContext read) {
    return environment(mapping, path, read);
  }
}
