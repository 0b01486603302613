package dev.devopskit.cli;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.kit.DevOpsKit;
import dev.devopskit.observability.AlertSet;
import dev.devopskit.observability.Prometheus;
import dev.devopskit.observability.slo.ErrorRateAlert;
import dev.devopskit.observability.slo.LatencyAlert;
import dev.devopskit.observability.slo.Sli;
import dev.devopskit.observability.slo.Slo;
import dev.devopskit.observability.uptime.ProbeTarget;
import dev.devopskit.observability.uptime.Uptime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code devops monitor error-rate|latency|uptime}: writes or updates the Prometheus alerts, their promtool unit
 * tests and the blackbox_exporter configuration under {@code monitoring/}.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true,
    description = {"Writes or updates monitoring/alerts.yml, monitoring/alerts.test.yml (promtool unit tests that "
        + "show each alert firing and staying quiet) and, for uptime, monitoring/blackbox.yml and "
        + "monitoring/prometheus.yml.",
        "With --objective it writes SLO burn-rate alerts (SRE Workbook windows); with --threshold a plain "
            + "threshold alert.",
        "Check the result with: promtool check rules monitoring/alerts.yml && "
            + "(cd monitoring && promtool test rules alerts.test.yml)"})
final class MonitorCommand implements Callable<Integer> {
  enum Metric { ERROR_RATE, LATENCY, UPTIME }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "METRIC", converter = MetricConverter.class,
      description = "error-rate, latency or uptime")
  Metric metric;

  @Option(names = {"-C", "--dir", "--directory"}, paramLabel = "DIR", defaultValue = ".",
      description = "The repository root (default: ${DEFAULT-VALUE})")
  Path root;

  @Option(names = "--service", paramLabel = "NAME",
      description = "The service's name (default: the detected project's)")
  String service;

  @Option(names = "--objective", paramLabel = "PERCENT",
      description = "SLO objective such as 99.9: writes multi-window burn-rate alerts (default without "
          + "--threshold: the project's, 99.9 for error-rate and 99 for latency)")
  Double objective;

  @Option(names = "--period", paramLabel = "DAYS", defaultValue = "30", description = "SLO period: 28 or 30 days")
  int period;

  @Option(names = "--threshold", paramLabel = "VALUE",
      description = "Plain threshold alert: error rate in percent (5) or latency in seconds (0.5)")
  Double threshold;

  @Option(names = "--convention", paramLabel = "NAME",
      description = "Error-rate metrics: http (http_requests_total{code=~\"5..\"}) or spring "
          + "(http_server_requests_seconds_count{status=~\"5..\"}) (default: spring for a Java project, else http)")
  String convention;

  @Option(names = "--matchers", paramLabel = "MATCHERS",
      description = "Label matchers that select the service's series (default: job=\"SERVICE\")")
  String matchers;

  @Option(names = "--bad", paramLabel = "SELECTOR", description = "Selector of failed requests (with --total)")
  String bad;

  @Option(names = "--good", paramLabel = "SELECTOR", description = "Selector of successful requests (with --total)")
  String good;

  @Option(names = "--total", paramLabel = "SELECTOR", description = "Selector of all requests")
  String total;

  @Option(names = "--histogram", paramLabel = "NAME",
      description = "Latency histogram base name (default: http_server_requests_seconds for a Java project, else "
          + "http_request_duration_seconds)")
  String histogram;

  @Option(names = "--le", paramLabel = "BOUND",
      description = "Latency SLO: the bucket boundary that counts as fast, as the le label writes it (default: "
          + "the project's, 0.3)")
  String le;

  @Option(names = "--quantile", paramLabel = "Q", defaultValue = "0.95",
      description = "Latency threshold alert: the quantile, 0.95 or 0.99 (default: ${DEFAULT-VALUE})")
  double quantile;

  @Option(names = "--for", paramLabel = "DURATION", description = "How long the condition must hold (threshold "
      + "alerts: default 10m; uptime: default 2m)")
  String forDuration;

  @Option(names = "--severity", paramLabel = "LEVEL", description = "The severity label of threshold alerts")
  String severity;

  @Option(names = "--runbook-url", paramLabel = "URL", description = "The runbook the alerts link to")
  String runbookUrl;

  @Option(names = "--health-url", paramLabel = "ENV=URL",
      description = "Uptime: an environment's health URL, such as production=https://example.com/health (repeat)")
  List<String> healthUrls = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s",
      description = "Uptime: probe timeout (default: ${DEFAULT-VALUE})")
  String timeout;

  @Option(names = "--status", paramLabel = "CODE", description = "Uptime: a valid HTTP status code (repeat; "
      + "default 200)")
  List<Integer> statuses = new ArrayList<>();

  @Option(names = "--exporter", paramLabel = "HOST:PORT", defaultValue = "blackbox-exporter:9115",
      description = "Uptime: where Prometheus reaches the blackbox exporter (default: ${DEFAULT-VALUE})")
  String exporter;

  @Option(names = "--certificate-days", paramLabel = "DAYS", defaultValue = "14",
      description = "Uptime: alert when a certificate expires within this many days (default: ${DEFAULT-VALUE})")
  int certificateDays;

  @Option(names = "--check",
      description = "Write nothing: print how the files would change and exit 1 if they would (for CI)")
  boolean check;

  private boolean drift;

  /** The uptime definition, made once: the alerts and the blackbox configuration both need it. */
  private Uptime uptime;

  @Override
  public Integer call() throws IOException {
    AlertSet set;
    try {
      set = alerts();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    String ruleFile = Path.of(Prometheus.RULE_FILE).getFileName().toString();
    write(Prometheus.RULE_FILE, Prometheus.mergeRules(current(Prometheus.RULE_FILE), set));
    write(Prometheus.TEST_FILE, Prometheus.mergeTests(current(Prometheus.TEST_FILE), ruleFile, set));
    if (metric == Metric.UPTIME) {
      Uptime uptime = uptime(Assumptions.in(root, spec));
      write(Prometheus.BLACKBOX_FILE, Prometheus.mergeBlackbox(current(Prometheus.BLACKBOX_FILE), uptime));
      write(Prometheus.PROMETHEUS_FILE, Prometheus.mergePrometheusConfig(current(Prometheus.PROMETHEUS_FILE),
          List.of(ruleFile), uptime));
    }
    if (check) {
      spec.commandLine().getOut().flush();
      return drift ? 1 : 0;
    }
    spec.commandLine().getOut().println("group " + set.group().name() + ": " + set.group().rules().size()
        + " rules, " + set.tests().size() + " test scenarios");
    spec.commandLine().getOut().println("verify: promtool check rules " + Prometheus.RULE_FILE
        + " && (cd monitoring && promtool test rules alerts.test.yml)");
    spec.commandLine().getOut().flush();
    return 0;
  }

  private AlertSet alerts() {
    Assumptions assumptions = Assumptions.in(root, spec);
    service = assumptions.service(service, "--service");
    if (runbookUrl == null) {
      assumptions.blueprint().map(b -> DevOpsKit.objectives(b).get(0).runbookUrl()).ifPresent(url ->
          runbookUrl = assumptions.assumed("--runbook-url " + url, "the runbook devops init writes", url));
    }
    if (metric == Metric.UPTIME) {
      return Prometheus.alerts(uptime(assumptions));
    }
    Optional<Blueprint> blueprint = assumptions.blueprint();
    boolean java = blueprint.filter(b -> b.toolchain().language() == Toolchain.Language.JAVA).isPresent();
    if (matchers == null) {
      matchers = assumptions.assumed("--matchers job=\"" + service + "\"", "the job label of the service's series",
          "job=\"" + service + "\"");
    }
    if (metric == Metric.LATENCY) {
      if (histogram == null) {
        histogram = java ? "http_server_requests_seconds" : "http_request_duration_seconds";
      }
      if (threshold != null && objective == null) {
        LatencyAlert.Builder latency = LatencyAlert.builder().service(service).histogram(histogram)
            .matchers(matchers).quantile(quantile).thresholdSeconds(threshold);
        optional(latency, forDuration, severity, runbookUrl);
        return Prometheus.alerts(latency.build());
      }
      if (objective == null) {
        objective = assumptions.assumed("--objective " + number(latencyObjective(blueprint))
            + " (% of requests faster than --le)", from(blueprint), latencyObjective(blueprint));
      }
      if (le == null) {
        String bound = number(blueprint.map(Blueprint::latencyThresholdSeconds).orElse(0.3));
        le = assumptions.assumed("--le " + bound + " (requests under " + bound + " s count as fast)",
            from(blueprint), bound);
      }
      return Prometheus.alerts(slo(Sli.latency(histogram, le, matchers)));
    }
    if (convention == null) {
      convention = java ? "spring" : "http";
    }
    Sli sli = errorSli();
    if (threshold != null && objective == null) {
      ErrorRateAlert.Builder errors = ErrorRateAlert.builder().service(service).sli(sli).thresholdPercent(threshold);
      if (forDuration != null) {
        errors.forDuration(forDuration);
      }
      if (severity != null) {
        errors.severity(severity);
      }
      if (runbookUrl != null) {
        errors.runbookUrl(runbookUrl);
      }
      return Prometheus.alerts(errors.build());
    }
    if (objective == null) {
      double availability = blueprint.map(Blueprint::availabilityObjective).orElse(99.9);
      objective = assumptions.assumed("--objective " + number(availability) + " (% of requests without a "
          + "5xx answer)", from(blueprint), availability);
    }
    return Prometheus.alerts(slo(sli));
  }

  /** A number as a person writes it: 99.9, 99, 0.3. */
  private static String number(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static double latencyObjective(Optional<Blueprint> blueprint) {
    return blueprint.map(Blueprint::latencyObjective).orElse(99.0);
  }

  private static String from(Optional<Blueprint> blueprint) {
    return blueprint.isPresent() ? "the project's objective; devops.yaml slo sets it" : "the default objective";
  }

  private Slo slo(Sli sli) {
    Slo.Builder slo = Slo.builder().service(service).objective(objective).periodDays(period).sli(sli);
    if (runbookUrl != null) {
      slo.runbookUrl(runbookUrl);
    }
    return slo.build();
  }

  private Sli errorSli() {
    if (total != null) {
      if ((bad == null) == (good == null)) {
        throw new UsageException("with --total give exactly one of --bad and --good");
      }
      return bad != null ? Sli.errorRatio(bad, total) : Sli.successRatio(good, total);
    }
    switch (convention) {
      case "http":
        return Sli.httpRequestsTotal(matchers);
      case "spring":
        return Sli.httpServerRequests(matchers);
      default:
        throw new UsageException("--convention is http or spring, not '" + convention + "'");
    }
  }

  private Uptime uptime(Assumptions assumptions) {
    if (uptime == null) {
      uptime = newUptime(assumptions);
    }
    return uptime;
  }

  private Uptime newUptime(Assumptions assumptions) {
    Uptime.Builder uptime = Uptime.builder().service(service).timeout(timeout).exporterAddress(exporter)
        .certificateExpiryDays(certificateDays);
    if (healthUrls.isEmpty()) {
      List<ProbeTarget> targets = assumptions.blueprint().map(b -> DevOpsKit.uptime(b).targets()).orElse(List.of());
      if (targets.isEmpty()) {
        throw new UsageException("no health URL: give --health-url ENV=URL, or run in a repository whose "
            + DevOpsKit.ENVIRONMENTS_FILE + " gives environments a url");
      }
      for (ProbeTarget target : targets) {
        uptime.addTargets(assumptions.assumed("--health-url " + target.environment() + "=" + target.url(),
            "from " + DevOpsKit.ENVIRONMENTS_FILE + " and the health path", target));
      }
    }
    for (String pair : healthUrls) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--health-url is ENV=URL, such as production=https://example.com/health, not '"
            + pair + "'");
      }
      uptime.addTargets(ProbeTarget.of(pair.substring(0, eq), pair.substring(eq + 1)));
    }
    if (!statuses.isEmpty()) {
      uptime.validStatusCodes(statuses);
    }
    if (forDuration != null) {
      uptime.probeFailedFor(forDuration);
    }
    if (severity != null) {
      uptime.severity(severity);
    }
    if (runbookUrl != null) {
      uptime.runbookUrl(runbookUrl);
    }
    return uptime.build();
  }

  private static void optional(LatencyAlert.Builder latency, String forDuration, String severity,
      String runbookUrl) {
    if (forDuration != null) {
      latency.forDuration(forDuration);
    }
    if (severity != null) {
      latency.severity(severity);
    }
    if (runbookUrl != null) {
      latency.runbookUrl(runbookUrl);
    }
  }

  private String current(String path) throws IOException {
    return GeneratedFile.of(path, "").current(root).orElse("");
  }

  private void write(String path, String text) throws IOException {
    GeneratedFile file = GeneratedFile.of(path, text);
    if (check) {
      file.drift(root).ifPresent(diff -> {
        drift = true;
        spec.commandLine().getOut().print(diff);
      });
      return;
    }
    boolean changed = !file.upToDate(root);
    file.write(root);
    spec.commandLine().getOut().println((changed ? "wrote " : "unchanged ") + path);
  }

  /** Accepts error-rate, latency and uptime. */
  static final class MetricConverter implements CommandLine.ITypeConverter<Metric> {
    @Override
    public Metric convert(String value) {
      switch (value) {
        case "error-rate":
          return Metric.ERROR_RATE;
        case "latency":
          return Metric.LATENCY;
        case "uptime":
          return Metric.UPTIME;
        default:
          throw new CommandLine.TypeConversionException("METRIC is error-rate, latency or uptime, not '" + value
              + "'");
      }
    }
  }
}
