package dev.devopskit.core.policy;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlWriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy file a team commits ({@code .devops-kit.yml} at the repository root):
 *
 * <pre>
 * profile: trunk                     # recommended (the default) | trunk | strict
 * select: [docker/healthcheck]       # rule patterns that run beyond the profile's ("*": every rule)
 * ignore: [github/job-name]          # rule patterns that do not run, whatever selects them
 * exclude: ["test/fixtures/**"]      # files never checked
 * rules:
 *   github/pipeline-budget:
 *     severity: warning              # error | warning | note | off
 *     budget-minutes: 15             # any other key is an option of the rule
 * suppressions:
 *   - rule: github/unpinned-action
 *     path: .github/workflows/release.yml
 *     at: jobs.release               # optional document path
 *     reason: the release action is vendored and reviewed
 * baseline: .devops-kit-baseline.txt # fingerprints of accepted findings
 * </pre>
 *
 * Bad entries become {@code core/policy} findings at their line; the rest of the file still applies.
 */
public final class PolicyFile {
  /** The conventional file name at the repository root. */
  public static final String DEFAULT_NAME = ".devops-kit.yml";
  private static final List<String> TOP_KEYS = List.of("profile", "select", "ignore", "exclude", "rules", "suppressions",
      "baseline");

  private final SourceFile source;
  private final YamlDocument document;
  private final Map<String, RuleInfo> known;
  private final List<Finding> findings = new ArrayList<>();

  private PolicyFile(SourceFile source, YamlDocument document, Map<String, RuleInfo> known) {
    this.source = source;
    this.document = document;
    this.known = known;
  }

  /**
   * Reads a policy file.
   *
   * @param source the file's text
   * @param knownRules the rules that exist, to report unknown ids and options (empty to skip that check)
   * @param baseDir the folder relative to which {@code baseline:} is resolved
   */
  public static Parsed<Policy> read(SourceFile source, List<RuleInfo> knownRules, Path baseDir) {
    Parsed<YamlDocument> yaml = Yaml.read(source);
    Map<String, RuleInfo> known = new LinkedHashMap<>();
    knownRules.forEach(r -> known.put(r.id(), r));
    YamlDocument document = yaml.value().orElseThrow();
    PolicyFile reader = new PolicyFile(source, document, known);
    reader.findings.addAll(yaml.findings());
    Policy policy = reader.policy(baseDir);
    return Parsed.of(policy, source, document, reader.findings);
  }

  private Policy policy(Path baseDir) {
    Policy.Builder builder = Policy.builder().origin(source.path());
    Optional<YamlNode> root = document.root();
    if (root.isEmpty() || root.get().isNull()) {
      return builder.build();
    }
    if (!(root.get() instanceof YamlMapping)) {
      problem(DocPath.root(), "a policy file is a mapping with keys " + TOP_KEYS, null);
      return builder.build();
    }
    YamlMapping top = (YamlMapping) root.get();
    for (YamlMapping.Entry entry : top.entries()) {
      if (!TOP_KEYS.contains(entry.name())) {
        String best = YamlReadContext.suggest(entry.name(), TOP_KEYS);
        problem(DocPath.of(entry.name()), "unknown key '" + entry.name() + "' in the policy file",
            best.isEmpty() ? "use one of " + TOP_KEYS : "did you mean '" + best + "'?");
      }
    }
    top.get("profile").ifPresent(n -> profile(n, builder));
    top.get("select").ifPresent(n -> builder.select(patterns(n, DocPath.of("select"))));
    top.get("ignore").ifPresent(n -> builder.addAllIgnore(patterns(n, DocPath.of("ignore"))));
    top.get("exclude").ifPresent(n -> builder.addAllExclude(strings(n, DocPath.of("exclude"))));
    top.get("rules").ifPresent(n -> rules(n, builder));
    top.get("suppressions").ifPresent(n -> suppressions(n, builder));
    top.get("baseline").flatMap(YamlNode::text).ifPresent(file -> {
      Path path = baseDir.resolve(file);
      builder.baselineOrigin(file);
      try {
        builder.addAllBaseline(Baseline.read(path));
      } catch (IOException e) {
        problem(DocPath.of("baseline"), "baseline file '" + file + "' could not be read ("
            + e.getClass().getSimpleName() + ")", "write it with devops check --write-baseline " + file);
      }
    });
    return builder.build();
  }

  private void profile(YamlNode node, Policy.Builder builder) {
    Optional<Profile> profile = node.text().flatMap(Profile::parse);
    if (profile.isPresent()) {
      builder.profile(profile.get());
    } else {
      problem(DocPath.of("profile"), "profile '" + node.text().orElse(node.kindName())
          + "' is not one of recommended, trunk, strict", "write 'profile: recommended', 'trunk' or 'strict'; "
          + "until then recommended applies");
    }
  }

  private List<String> patterns(YamlNode node, DocPath path) {
    List<String> patterns = strings(node, path);
    for (int i = 0; i < patterns.size(); i++) {
      String pattern = patterns.get(i);
      boolean exists = known.isEmpty() || pattern.equals("*") || known.keySet().stream()
          .anyMatch(id -> RulePattern.matches(pattern, id));
      if (!exists) {
        problem(path.index(i), "rule pattern '" + pattern + "' matches no rule", suggestion(pattern));
      }
    }
    return patterns;
  }

  private List<String> strings(YamlNode node, DocPath path) {
    List<String> out = new ArrayList<>();
    if (node instanceof YamlScalar && !node.isNull()) {
      out.add(((YamlScalar) node).value());
    } else if (node instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) node).items();
      for (int i = 0; i < items.size(); i++) {
        Optional<String> text = items.get(i).text();
        if (text.isPresent()) {
          out.add(text.get());
        } else {
          problem(path.index(i), "expected a string, found a " + items.get(i).kindName(), null);
        }
      }
    } else if (!node.isNull()) {
      problem(path, "expected a list of strings, found a " + node.kindName(), null);
    }
    return out;
  }

  private void rules(YamlNode node, Policy.Builder builder) {
    if (!(node instanceof YamlMapping)) {
      problem(DocPath.of("rules"), "'rules' maps rule ids to their settings", null);
      return;
    }
    for (YamlMapping.Entry entry : ((YamlMapping) node).entries()) {
      String id = entry.name();
      DocPath path = DocPath.of("rules", id);
      RuleInfo info = known.get(id);
      if (!known.isEmpty() && info == null) {
        problem(path, "unknown rule '" + id + "'", suggestion(id));
        continue;
      }
      if (entry.value() instanceof YamlScalar) {
        severity(id, ((YamlScalar) entry.value()).value(), path, builder);
        continue;
      }
      if (!(entry.value() instanceof YamlMapping)) {
        problem(path, "settings of '" + id + "' are a mapping (severity and options)", null);
        continue;
      }
      Map<String, Object> options = new LinkedHashMap<>();
      for (YamlMapping.Entry setting : ((YamlMapping) entry.value()).entries()) {
        if (setting.name().equals("severity")) {
          severity(id, setting.value().text().orElse(""), path.key("severity"), builder);
          continue;
        }
        List<String> names = info == null ? List.of() : info.options().stream().map(RuleOption::name).toList();
        if (info != null && !names.contains(setting.name())) {
          String best = YamlReadContext.suggest(setting.name(), names);
          problem(path.key(setting.name()), "rule '" + id + "' has no option '" + setting.name() + "'",
              names.isEmpty() ? "it takes no options"
                  : best.isEmpty() ? "its options are " + names : "did you mean '" + best + "'?");
          continue;
        }
        Optional<String> wrongType = info == null ? Optional.empty() : wrongType(info, setting.name(), setting.value());
        if (wrongType.isPresent()) {
          problem(path.key(setting.name()), "option '" + setting.name() + "' of '" + id + "' must be "
              + wrongType.get() + ", got '" + setting.value().text().orElse(setting.value().kindName()) + "'",
              "write " + wrongType.get() + "; until then the default " + defaultOf(info, setting.name()) + " is used");
          continue;
        }
        options.put(setting.name(), plain(setting.value()));
      }
      if (!options.isEmpty()) {
        builder.putOption(id, options);
      }
    }
  }

  /**
   * What an option's value should have been, when it is not of the type its default is written in: a whole number
   * for {@code 10}, {@code true} or {@code false} for a boolean. Text and list options take any value.
   */
  private static Optional<String> wrongType(RuleInfo info, String name, YamlNode value) {
    String fallback = defaultOf(info, name).trim();
    Optional<String> text = value instanceof YamlScalar && !value.isNull() ? value.text() : Optional.empty();
    if (fallback.matches("-?\\d{1,9}")) {
      boolean whole = text.filter(t -> t.trim().matches("-?\\d{1,9}")).isPresent();
      return whole ? Optional.empty() : Optional.of("a whole number");
    }
    if (fallback.equals("true") || fallback.equals("false")) {
      boolean bool = text.filter(t -> t.trim().equalsIgnoreCase("true") || t.trim().equalsIgnoreCase("false"))
          .isPresent();
      return bool ? Optional.empty() : Optional.of("true or false");
    }
    return Optional.empty();
  }

  private static String defaultOf(RuleInfo info, String name) {
    return info.options().stream().filter(o -> o.name().equals(name)).map(RuleOption::defaultValue).findFirst()
        .orElse("");
  }

  private void severity(String id, String text, DocPath path, Policy.Builder builder) {
    if (text.equalsIgnoreCase("off")) {
      builder.addIgnore(id);
      return;
    }
    Optional<Severity> severity = Severity.parse(text);
    if (severity.isEmpty()) {
      problem(path, "severity '" + text + "' of '" + id + "' is not one of error, warning, note, off", null);
    } else {
      builder.putSeverity(id, severity.get());
    }
  }

  private static Object plain(YamlNode node) {
    if (node instanceof YamlSequence) {
      List<Object> items = new ArrayList<>();
      ((YamlSequence) node).items().forEach(i -> items.add(plain(i)));
      return items;
    }
    if (node instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node;
      if (scalar.kind() == YamlScalar.Kind.BOOLEAN) {
        return scalar.asBoolean().orElseThrow();
      }
      if (scalar.kind() == YamlScalar.Kind.INTEGER && scalar.asLong().isPresent()) {
        return scalar.asLong().get();
      }
      return scalar.value();
    }
    return node.toString();
  }

  private void suppressions(YamlNode node, Policy.Builder builder) {
    if (!(node instanceof YamlSequence)) {
      problem(DocPath.of("suppressions"), "'suppressions' is a list of {rule, path, reason}", null);
      return;
    }
    List<YamlNode> items = ((YamlSequence) node).items();
    for (int i = 0; i < items.size(); i++) {
      DocPath path = DocPath.of("suppressions").index(i);
      if (!(items.get(i) instanceof YamlMapping)) {
        problem(path, "a suppression is a mapping with rule, path and reason", null);
        continue;
      }
      YamlMapping entry = (YamlMapping) items.get(i);
      Optional<String> rule = entry.get("rule").flatMap(YamlNode::text);
      Optional<String> reason = entry.get("reason").flatMap(YamlNode::text).filter(r -> !r.isBlank());
      if (rule.isEmpty()) {
        problem(path, "suppression names no rule", "add 'rule: <rule-id>'");
        continue;
      }
      if (reason.isEmpty()) {
        problem(path, "suppression of '" + rule.get() + "' gives no reason", "add 'reason: <why it is accepted>'");
        continue;
      }
      builder.addSuppressions(new Suppression(rule.get(), entry.get("path").flatMap(YamlNode::text),
          entry.get("at").flatMap(YamlNode::text), reason.get()));
    }
  }

  /**
   * The policy file of a policy, in the form {@link #read} reads back: profile, select, ignore, exclude, and each
   * rule's severity and options. Suppressions and baselines are decisions about findings and stay with the team's
   * own edits.
   *
   * @param header a comment for the top of the file; empty for none
   */
  public static String text(Policy policy, String header) {
    YamlMapping.Builder out = YamlMapping.builder().put("profile", policy.profile().label());
    if (!policy.select().isEmpty()) {
      out.put("select", YamlSequence.ofStrings(policy.select()));
    }
    if (!policy.ignore().isEmpty()) {
      out.put("ignore", YamlSequence.ofStrings(policy.ignore()));
    }
    if (!policy.exclude().isEmpty()) {
      out.put("exclude", YamlSequence.ofStrings(policy.exclude()));
    }
    java.util.Set<String> ids = new java.util.TreeSet<>(policy.severities().keySet());
    ids.addAll(policy.options().keySet());
    if (!ids.isEmpty()) {
      YamlMapping.Builder rules = YamlMapping.builder();
      for (String id : ids) {
        YamlMapping.Builder settings = YamlMapping.builder();
        Optional.ofNullable(policy.severities().get(id)).ifPresent(s -> settings.put("severity", s.label()));
        policy.optionsOf(id).forEach((name, value) -> settings.put(name, node(value)));
        rules.put(id, settings.build());
      }
      out.put("rules", rules.build());
    }
    YamlWriteOptions options = YamlWriteOptions.defaults();
    return Yaml.write(out.build(), header.isEmpty() ? options : options.withHeader(header));
  }

  private static YamlNode node(Object value) {
    if (value instanceof List<?>) {
      List<YamlNode> items = new ArrayList<>();
      ((List<?>) value).forEach(item -> items.add(node(item)));
      return YamlSequence.of(items);
    }
    if (value instanceof Boolean) {
      return YamlScalar.bool((Boolean) value);
    }
    if (value instanceof Long || value instanceof Integer) {
      return YamlScalar.integer(((Number) value).longValue());
    }
    return YamlScalar.string(String.valueOf(value));
  }

  private String suggestion(String id) {
    String best = YamlReadContext.suggest(id, known.keySet());
    return best.isEmpty() ? "run 'devops rules' to list the rules" : "did you mean '" + best + "'?";
  }

  private void problem(DocPath path, String message, String fix) {
    Span span = document.locate(path).orElse(Span.at(source.position(0)));
    findings.add(Finding.builder().ruleId(CoreRules.POLICY.id()).severity(Severity.ERROR).message(message)
        .fix(Optional.ofNullable(fix)).location(Location.of(source.path(), span, path)).build());
  }
}
