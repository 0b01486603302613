package dev.devopskit.observability.internal.yaml;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.observability.alerting.PrometheusRule;
import dev.devopskit.observability.alerting.RuleFile;
import dev.devopskit.observability.alerting.RuleGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Prometheus rule files into {@link RuleFile} values, with a finding (never an exception) for everything
 * {@code promtool check rules} would reject at the YAML level, and positions from the YAML document.
 */
public final class RuleFileReader {
  /** Rule id of shape and type errors. */
  public static final String SYNTAX = "prometheus/syntax";
  /** Rule id of unknown keys. */
  public static final String UNKNOWN_KEY = "prometheus/unknown-key";

  private static final List<String> FILE_KEYS = List.of("groups");
  private static final List<String> GROUP_KEYS = List.of("name", "interval", "limit", "query_offset", "labels",
      "rules");
  private static final List<String> RULE_KEYS = List.of("record", "alert", "expr", "for", "keep_firing_for",
      "labels", "annotations");

  private static final java.util.regex.Pattern METRIC_NAME =
      java.util.regex.Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  private final YamlReadContext read;

  private RuleFileReader(SourceFile source) {
    this.read = new YamlReadContext(source, SYNTAX, UNKNOWN_KEY);
  }

  /** Reads one file. */
  public static Parsed<RuleFile> read(SourceFile source) {
    Parsed<YamlDocument> yaml = Yaml.read(source);
    if (yaml.value().isEmpty()) {
      return Parsed.failed(source, yaml.findings());
    }
    YamlDocument document = yaml.value().get();
    RuleFileReader reader = new RuleFileReader(source);
    RuleFile file = reader.file(document.root().orElse(null));
    List<Finding> findings = new ArrayList<>(yaml.findings());
    findings.addAll(reader.read.findings());
    return Parsed.of(file, source, document, findings);
  }

  private RuleFile file(YamlNode root) {
    RuleFile.Builder file = RuleFile.builder();
    Optional<YamlMapping> mapping = read.mapping(root, DocPath.root());
    if (mapping.isEmpty()) {
      return file.build();
    }
    read.unknownKeys(mapping.get(), DocPath.root(), FILE_KEYS);
    YamlNode groups = mapping.get().get("groups").orElse(null);
    if (groups == null || groups.isNull()) {
      return file.build();
    }
    if (!(groups instanceof YamlSequence)) {
      read.error(groups, DocPath.of("groups"), "'groups' must be a list of groups, not a " + groups.kindName(),
          "write each group as a list item: '- name: ...'");
      return file.build();
    }
    Set<String> names = new HashSet<>();
    List<YamlNode> items = ((YamlSequence) groups).items();
    for (int i = 0; i < items.size(); i++) {
      DocPath path = DocPath.of("groups").index(i);
      Optional<RuleGroup> group = group(items.get(i), path);
      if (group.isPresent() && !names.add(group.get().name())) {
        read.error(items.get(i), path.key("name"), "group name '" + group.get().name()
            + "' is repeated in the same file; Prometheus refuses the file", "give every group its own name");
      } else {
        group.ifPresent(file::addGroup);
      }
    }
    return file.build();
  }

  private Optional<RuleGroup> group(YamlNode node, DocPath path) {
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      if (node.isNull()) {
        read.error(node, path, "group '" + path + "' is empty", "give it a name and rules, or remove it");
      }
      return Optional.empty();
    }
    YamlMapping group = mapping.get();
    read.unknownKeys(group, path, GROUP_KEYS);
    Optional<String> name = read.string(group.get("name").orElse(null), path.key("name"));
    if (name.isEmpty() || name.get().isBlank()) {
      read.error(group, path, "group '" + path + "' has no name", "add 'name: <unique group name>'");
      return Optional.empty();
    }
    RuleGroup.Builder builder = RuleGroup.builder().name(name.get());
    duration(group, "interval", path).ifPresent(builder::interval);
    duration(group, "query_offset", path).ifPresent(builder::queryOffset);
    group.get("limit").ifPresent(limit -> read.integer(limit, path.key("limit")).ifPresent(value -> {
      if (value < 0) {
        read.error(limit, path.key("limit"), "'limit' must be 0 or more, not " + value, "use 0 for no limit");
      } else {
        builder.limit(value);
      }
    }));
    builder.putAllLabels(labels(group.get("labels").orElse(null), path.key("labels"), "label"));
    YamlNode rules = group.get("rules").orElse(null);
    if (rules instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) rules).items();
      for (int i = 0; i < items.size(); i++) {
        rule(items.get(i), path.key("rules").index(i)).ifPresent(builder::addRule);
      }
    } else if (rules != null && !rules.isNull()) {
      read.error(rules, path.key("rules"), "'rules' of group '" + name.get() + "' must be a list, not a "
          + rules.kindName(), "write each rule as a list item: '- alert: ...'");
    }
    return Optional.of(builder.build());
  }

  private Optional<PrometheusRule> rule(YamlNode node, DocPath path) {
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping rule = mapping.get();
    read.unknownKeys(rule, path, RULE_KEYS);
    Optional<String> record = read.string(rule.get("record").orElse(null), path.key("record"));
    Optional<String> alert = read.string(rule.get("alert").orElse(null), path.key("alert"));
    if (record.isPresent() == alert.isPresent()) {
      read.error(rule, path, record.isPresent() ? "rule '" + path + "' has both 'record' and 'alert'"
              : "rule '" + path + "' has neither 'record' nor 'alert'",
          "keep 'record: <series name>' for a recording rule or 'alert: <alert name>' for an alerting rule");
      return Optional.empty();
    }
    if (record.isPresent() && !METRIC_NAME.matcher(record.get()).matches()) {
      read.error(rule.get("record").orElse(rule), path.key("record"), "recording rule name '" + record.get()
          + "' is not a valid metric name", "use letters, digits, '_' and ':', not starting with a digit");
      return Optional.empty();
    }
    Optional<String> expr = read.string(rule.get("expr").orElse(null), path.key("expr"));
    if (expr.isEmpty() || expr.get().isBlank()) {
      read.error(rule, path, "rule '" + record.or(() -> alert).get() + "' has no 'expr'",
          "add 'expr: <PromQL expression>'");
      return Optional.empty();
    }
    PrometheusRule.Builder builder = PrometheusRule.builder().record(record).alert(alert).expr(expr.get());
    builder.putAllLabels(labels(rule.get("labels").orElse(null), path.key("labels"), "label"));
    if (alert.isPresent()) {
      duration(rule, "for", path).ifPresent(builder::forDuration);
      duration(rule, "keep_firing_for", path).ifPresent(builder::keepFiringFor);
      builder.putAllAnnotations(labels(rule.get("annotations").orElse(null), path.key("annotations"),
          "annotation"));
    } else {
      for (String key : List.of("for", "keep_firing_for", "annotations")) {
        rule.entry(key).ifPresent(entry -> read.error(entry.key(), path.key(key), "recording rule '" + record.get()
            + "' cannot have '" + key + "'", "remove it, or make the rule an alerting rule"));
      }
    }
    return Optional.of(builder.build());
  }

  private Optional<String> duration(YamlMapping mapping, String key, DocPath parent) {
    YamlNode node = mapping.get(key).orElse(null);
    Optional<String> text = read.string(node, parent.key(key));
    if (text.isPresent() && !PrometheusRule.isDuration(text.get())) {
      read.error(node, parent.key(key), "'" + key + "' must be a duration like 30s, 5m or 1h, not '" + text.get()
          + "'", "write the number with a unit: ms, s, m, h, d, w or y");
      return Optional.empty();
    }
    return text;
  }

  private Map<String, String> labels(YamlNode node, DocPath path, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      return out;
    }
    for (YamlMapping.Entry entry : mapping.get().entries()) {
      DocPath at = path.key(entry.name());
      if (!PrometheusRule.isLabelName(entry.name())) {
        read.error(entry.key(), at, what + " name '" + entry.name() + "' is not valid",
            "use letters, digits and underscores, not starting with a digit");
        continue;
      }
      if (entry.value().isNull()) {
        out.put(entry.name(), "");
      } else {
        read.string(entry.value(), at).ifPresent(v -> out.put(entry.name(), v));
      }
    }
    return out;
  }
}
