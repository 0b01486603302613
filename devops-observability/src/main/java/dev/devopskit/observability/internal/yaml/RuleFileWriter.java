package dev.devopskit.observability.internal.yaml;

import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlWriteOptions;
import dev.devopskit.observability.alerting.PrometheusRule;
import dev.devopskit.observability.alerting.RuleFile;
import dev.devopskit.observability.alerting.RuleGroup;
import java.util.Map;
import java.util.Optional;

/** Writes rule files in the house style, keys in the order of the Prometheus documentation. */
public final class RuleFileWriter {
  private RuleFileWriter() {}

  /** The text of a file, with an optional header comment. */
  public static String write(RuleFile file, Optional<String> header) {
    YamlWriteOptions options = header.map(YamlWriteOptions.defaults()::withHeader)
        .orElse(YamlWriteOptions.defaults());
    return Yaml.write(tree(file), options);
  }

  /** The YAML tree of a file. */
  public static YamlMapping tree(RuleFile file) {
    return YamlMapping.builder()
        .put("groups", YamlSequence.of(file.groups().stream().map(RuleFileWriter::group).toList())).build();
  }

  private static YamlMapping group(RuleGroup group) {
    YamlMapping.Builder out = YamlMapping.builder().put("name", group.name());
    out.putStringIfPresent("interval", group.interval());
    group.limit().ifPresent(limit -> out.put("limit", YamlScalar.integer(limit)));
    out.putStringIfPresent("query_offset", group.queryOffset());
    out.putIfNotEmpty("labels", strings(group.labels()));
    out.put("rules", YamlSequence.of(group.rules().stream().map(RuleFileWriter::rule).toList()));
    return out.build();
  }

  private static YamlMapping rule(PrometheusRule rule) {
    YamlMapping.Builder out = YamlMapping.builder();
    out.putStringIfPresent("record", rule.record());
    out.putStringIfPresent("alert", rule.alert());
    out.put("expr", rule.expr());
    out.putStringIfPresent("for", rule.forDuration());
    out.putStringIfPresent("keep_firing_for", rule.keepFiringFor());
    out.putIfNotEmpty("labels", strings(rule.labels()));
    out.putIfNotEmpty("annotations", strings(rule.annotations()));
    return out.build();
  }

  /** A mapping of string values in the map's order. */
  public static YamlMapping strings(Map<String, String> values) {
    YamlMapping.Builder out = YamlMapping.builder();
    values.forEach(out::put);
    return out.build();
  }
}
