package dev.devopskit.observability;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlWriteOptions;
import dev.devopskit.observability.alerting.RuleFile;
import dev.devopskit.observability.internal.yaml.RuleFileWriter;
import dev.devopskit.observability.internal.yaml.RuleTestWriter;
import dev.devopskit.observability.internal.yaml.UptimeWriter;
import dev.devopskit.observability.ruletest.RuleTestFile;
import dev.devopskit.observability.ruletest.RuleTestGroup;
import dev.devopskit.observability.slo.ErrorRateAlert;
import dev.devopskit.observability.slo.LatencyAlert;
import dev.devopskit.observability.slo.Slo;
import dev.devopskit.observability.uptime.Uptime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entry point of devops-observability: SLOs, threshold alerts and uptime checks to Prometheus rule files with
 * promtool unit tests, blackbox_exporter and scrape configuration, and the reader of rule files.
 *
 * <pre>{@code
 * AlertSet availability = Prometheus.alerts(Slo.of("checkout", 99.9, Sli.httpRequestsTotal("job=\"checkout\"")));
 * AlertSet uptime = Prometheus.alerts(Uptime.of("checkout", List.of(ProbeTarget.of("production", url))));
 * String rules = Prometheus.text(Prometheus.ruleFile(List.of(availability, uptime)));
 * String tests = Prometheus.text(Prometheus.testFile("alerts.yml", List.of(availability, uptime)));
 * Prometheus.write(Prometheus.ruleFile(List.of(availability, uptime)), repositoryRoot);   // monitoring/alerts.yml
 * // promtool check rules alerts.yml && promtool test rules alerts.test.yml
 * }</pre>
 */
public final class Prometheus {
  /** Where {@code devops monitor} writes the rule file. */
  public static final String RULE_FILE = "monitoring/alerts.yml";
  /** Where {@code devops monitor} writes the unit tests of the rule file. */
  public static final String TEST_FILE = "monitoring/alerts.test.yml";
  /** Where {@code devops monitor uptime} writes the blackbox_exporter configuration. */
  public static final String BLACKBOX_FILE = "monitoring/blackbox.yml";
  /** Where {@code devops monitor uptime} writes the Prometheus scrape configuration. */
  public static final String PROMETHEUS_FILE = "monitoring/prometheus.yml";
  /** The header of generated files. */
  public static final String HEADER = "Written by devops-kit (devops monitor). Running it again replaces the groups "
      + "it wrote\nand keeps the others; comments are not kept.";

  private Prometheus() {}

  /** The recording rules, burn-rate alerts and their tests of an SLO. */
  public static AlertSet alerts(Slo slo) {
    return named(SloRules.of(slo));
  }

  /** A threshold alert on the error rate and its tests. */
  public static AlertSet alerts(ErrorRateAlert alert) {
    return named(ThresholdRules.errorRate(alert));
  }

  /** A threshold alert on a latency quantile and its tests. */
  public static AlertSet alerts(LatencyAlert alert) {
    return named(ThresholdRules.latency(alert));
  }

  /** Alerts on failed probes and expiring certificates, and their tests. */
  public static AlertSet alerts(Uptime uptime) {
    return named(UptimeRules.of(uptime));
  }

  private static AlertSet named(AlertSet set) {
    List<RuleTestGroup> tests = new ArrayList<>();
    for (RuleTestGroup test : set.tests()) {
      tests.add(test.withName(set.group().name() + ": " + test.name().orElse("scenario")));
    }
    return set.withTests(tests);
  }

  /** A rule file of these sets' groups. */
  public static RuleFile ruleFile(List<AlertSet> sets) {
    return RuleFile.of(sets.stream().map(AlertSet::group).toList());
  }

  /** A unit-test file of these sets, loading the rule file by its path relative to the test file. */
  public static RuleTestFile testFile(String ruleFile, List<AlertSet> sets) {
    return RuleTestFile.of(ruleFile, sets.stream().flatMap(s -> s.tests().stream()).toList());
  }

  /** The text of a rule file in the house style, with the standard header. */
  public static String text(RuleFile file) {
    return text(file, WriteOptions.defaults());
  }

  /** The text of a rule file in the house style, with the given header options. */
  public static String text(RuleFile file, WriteOptions options) {
    return RuleFileWriter.write(file, options.header());
  }

  /** The rule file at {@link #RULE_FILE}, with the standard header. */
  public static GeneratedFile file(RuleFile file) {
    return file(file, WriteOptions.defaults());
  }

  /** The rule file at {@link #RULE_FILE}, with the given header options. */
  public static GeneratedFile file(RuleFile file, WriteOptions options) {
    return GeneratedFile.of(RULE_FILE, text(file, options));
  }

  /** Writes {@link #RULE_FILE} under a repository root atomically; returns the file written. */
  public static Path write(RuleFile file, Path repositoryRoot) throws IOException {
    return file(file).write(repositoryRoot);
  }

  /** A unified diff from the committed {@link #RULE_FILE} to what the rule file writes; empty when current. */
  public static Optional<String> drift(RuleFile file, Path repositoryRoot) throws IOException {
    return file(file).drift(repositoryRoot);
  }

  /** The text of a unit-test file, with the standard header. */
  public static String text(RuleTestFile file) {
    return text(file, WriteOptions.defaults());
  }

  /** The text of a unit-test file, with the given header options. */
  public static String text(RuleTestFile file, WriteOptions options) {
    return RuleTestWriter.write(file, options.header());
  }

  /** The unit-test file at {@link #TEST_FILE}, with the standard header. */
  public static GeneratedFile file(RuleTestFile file) {
    return file(file, WriteOptions.defaults());
  }

  /** The unit-test file at {@link #TEST_FILE}, with the given header options. */
  public static GeneratedFile file(RuleTestFile file, WriteOptions options) {
    return GeneratedFile.of(TEST_FILE, text(file, options));
  }

  /** Writes {@link #TEST_FILE} under a repository root atomically; returns the file written. */
  public static Path write(RuleTestFile file, Path repositoryRoot) throws IOException {
    return file(file).write(repositoryRoot);
  }

  /** A unified diff from the committed {@link #TEST_FILE} to what the unit-test file writes; empty when current. */
  public static Optional<String> drift(RuleTestFile file, Path repositoryRoot) throws IOException {
    return file(file).drift(repositoryRoot);
  }

  /**
   * The text of a rule file, without a header.
   *
   * @deprecated use {@link #text(RuleFile, WriteOptions)} with {@link WriteOptions#noHeader()}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String write(RuleFile file) {
    return text(file, WriteOptions.noHeader());
  }

  /**
   * The text of a rule file with a header comment.
   *
   * @deprecated use {@link #text(RuleFile, WriteOptions)} with {@link WriteOptions#header(String)}; kept for one
   *     release
   */
  @Deprecated(forRemoval = true)
  public static String write(RuleFile file, String header) {
    return text(file, WriteOptions.header(header));
  }

  /**
   * The text of a unit-test file, without a header.
   *
   * @deprecated use {@link #text(RuleTestFile, WriteOptions)} with {@link WriteOptions#noHeader()}; kept for one
   *     release
   */
  @Deprecated(forRemoval = true)
  public static String write(RuleTestFile file) {
    return text(file, WriteOptions.noHeader());
  }

  /**
   * The text of a unit-test file with a header comment.
   *
   * @deprecated use {@link #text(RuleTestFile, WriteOptions)} with {@link WriteOptions#header(String)}; kept for
   *     one release
   */
  @Deprecated(forRemoval = true)
  public static String write(RuleTestFile file, String header) {
    return text(file, WriteOptions.header(header));
  }

  /** Reads a rule file; never throws on bad input. */
  public static Parsed<RuleFile> read(SourceFile source) {
    return format().read(source);
  }

  /** Reads a rule file from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<RuleFile> read(Path file) {
    return Sources.read(file, Prometheus::read);
  }

  /** The {@code prometheus-rules} format. */
  public static PrometheusRulesFormat format() {
    return new PrometheusRulesFormat();
  }

  /** A blackbox_exporter configuration with the HTTP module of each uptime definition. */
  public static String blackboxConfig(List<Uptime> uptimes) {
    String text = "";
    for (Uptime uptime : uptimes) {
      text = mergeBlackbox(text, uptime);
    }
    return text;
  }

  /**
   * A Prometheus configuration that loads the rule files and probes every health URL through the exporter.
   *
   * @param ruleFiles rule files relative to the configuration, such as {@code alerts.yml}
   */
  public static String prometheusConfig(List<String> ruleFiles, List<Uptime> uptimes) {
    String text = "";
    for (Uptime uptime : uptimes) {
      text = mergePrometheusConfig(text, ruleFiles, uptime);
    }
    return uptimes.isEmpty() ? mergePrometheusConfig(text, ruleFiles, null) : text;
  }

  /**
   * A rule file's new text with the set's group added, or replacing the group of the same name.
   *
   * @param existing the current text (empty when there is no file yet)
   * @throws IllegalArgumentException when the current file has errors (it is not rewritten then)
   */
  public static String mergeRules(String existing, AlertSet set) {
    RuleFile file = RuleFile.of(List.of());
    if (!existing.isBlank()) {
      Parsed<RuleFile> parsed = read(SourceFile.of(RULE_FILE, existing));
      if (parsed.hasErrors() || parsed.value().isEmpty()) {
        throw new IllegalArgumentException("the existing rule file has errors; fix them first: "
            + parsed.findings().get(0).message());
      }
      file = parsed.value().get();
    }
    return text(file.withGroup(set.group()), WriteOptions.header(HEADER));
  }

  /**
   * A unit-test file's new text with the set's scenarios replacing those written for the same group before.
   *
   * @param existing the current text (empty when there is no file yet)
   * @param ruleFile the rule file the tests load, relative to the test file
   */
  public static String mergeTests(String existing, String ruleFile, AlertSet set) {
    YamlMapping root = existingMapping(existing, "unit-test file");
    Set<String> ruleFiles = new LinkedHashSet<>(strings(root.get("rule_files")));
    ruleFiles.add(ruleFile);
    String prefix = set.group().name() + ": ";
    List<YamlNode> tests = new ArrayList<>();
    // The group's scenarios are replaced where they stood, so that running again with other groups between
    // changes nothing.
    int at = -1;
    for (YamlNode item : root.get("tests").flatMap(YamlNode::asSequence).map(YamlSequence::items).orElse(List.of())) {
      boolean ours = item.asMapping().flatMap(m -> m.get("name")).flatMap(YamlNode::text)
          .filter(name -> name.startsWith(prefix)).isPresent();
      if (!ours) {
        tests.add(item);
      } else if (at < 0) {
        at = tests.size();
      }
    }
    List<YamlNode> replaced = set.tests().stream().<YamlNode>map(RuleTestWriter::group).collect(Collectors.toList());
    tests.addAll(at < 0 ? tests.size() : at, replaced);
    YamlMapping.Builder out = YamlMapping.builder().put("rule_files", YamlSequence.ofStrings(List.copyOf(ruleFiles)));
    out.put("evaluation_interval", root.get("evaluation_interval").flatMap(YamlNode::text).orElse("1m"));
    root.entries().stream().filter(e -> !List.of("rule_files", "evaluation_interval", "tests").contains(e.name()))
        .forEach(e -> out.put(e.name(), e.value()));
    out.put("tests", YamlSequence.of(tests));
    return Yaml.write(out.build(), YamlWriteOptions.defaults().withHeader(HEADER));
  }

  /** A blackbox_exporter configuration's new text with the uptime definition's module added or replaced. */
  public static String mergeBlackbox(String existing, Uptime uptime) {
    YamlMapping root = existingMapping(existing, "blackbox configuration");
    YamlMapping.Builder modules = YamlMapping.builder();
    root.get("modules").flatMap(YamlNode::asMapping).ifPresent(m -> m.entries()
        .forEach(e -> modules.put(e.name(), e.value())));
    modules.put(uptime.module(), UptimeWriter.module(uptime));
    YamlMapping.Builder out = YamlMapping.builder().put("modules", modules.build());
    root.entries().stream().filter(e -> !e.name().equals("modules")).forEach(e -> out.put(e.name(), e.value()));
    return Yaml.write(out.build(), YamlWriteOptions.defaults().withHeader(HEADER));
  }

  /**
   * A Prometheus configuration's new text: the rule files added to {@code rule_files} and the uptime definition's
   * scrape job added or replaced (by {@code job_name}); everything else is kept.
   *
   * @param uptime the uptime definition, or null to only add rule files
   */
  public static String mergePrometheusConfig(String existing, List<String> ruleFiles, Uptime uptime) {
    YamlMapping root = existingMapping(existing, "Prometheus configuration");
    YamlMapping.Builder out = YamlMapping.builder();
    out.put("global", root.get("global").orElseGet(() -> YamlMapping.builder().put("scrape_interval", "30s")
        .put("evaluation_interval", "30s").build()));
    Set<String> files = new LinkedHashSet<>(strings(root.get("rule_files")));
    files.addAll(ruleFiles);
    out.putIfNotEmpty("rule_files", YamlSequence.ofStrings(List.copyOf(files)));
    List<YamlNode> jobs = new ArrayList<>();
    root.get("scrape_configs").flatMap(YamlNode::asSequence).ifPresent(s -> jobs.addAll(s.items()));
    if (uptime != null) {
      YamlMapping job = UptimeWriter.scrapeJob(uptime);
      int at = -1;
      for (int i = 0; i < jobs.size(); i++) {
        if (jobs.get(i).asMapping().flatMap(m -> m.get("job_name")).flatMap(YamlNode::text)
            .filter(uptime.jobName()::equals).isPresent()) {
          at = i;
        }
      }
      if (at >= 0) {
        jobs.set(at, job);
      } else {
        jobs.add(job);
      }
    }
    out.putIfNotEmpty("scrape_configs", YamlSequence.of(jobs));
    root.entries().stream().filter(e -> !List.of("global", "rule_files", "scrape_configs").contains(e.name()))
        .forEach(e -> out.put(e.name(), e.value()));
    return Yaml.write(out.build(), YamlWriteOptions.defaults().withHeader(HEADER));
  }

  private static YamlMapping existingMapping(String text, String what) {
    if (text.isBlank()) {
      return YamlMapping.empty();
    }
    Parsed<YamlDocument> parsed = Yaml.read(SourceFile.of(what, text));
    if (parsed.hasErrors()) {
      throw new IllegalArgumentException("the existing " + what + " is not valid YAML; fix it first: "
          + parsed.findings().get(0).message());
    }
    Optional<YamlNode> root = parsed.value().flatMap(YamlDocument::root);
    if (root.isEmpty() || root.get().isNull()) {
      return YamlMapping.empty();
    }
    return root.get().asMapping().orElseThrow(() -> new IllegalArgumentException("the existing " + what
        + " must be a mapping at the top level"));
  }

  private static List<String> strings(Optional<YamlNode> node) {
    List<String> out = new ArrayList<>();
    node.flatMap(YamlNode::asSequence).ifPresent(s -> s.items().forEach(i -> i.text().ifPresent(out::add)));
    return out;
  }
}
