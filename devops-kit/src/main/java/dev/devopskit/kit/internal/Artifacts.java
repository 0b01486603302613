package dev.devopskit.kit.internal;

import dev.devopskit.core.environment.Environment;
import dev.devopskit.core.environment.EnvironmentsFormat;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.flag.FlagFile;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.database.Migrations;
import dev.devopskit.database.backup.BackupPolicy;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.observability.AlertSet;
import dev.devopskit.observability.Prometheus;
import dev.devopskit.observability.slo.Sli;
import dev.devopskit.observability.slo.Slo;
import dev.devopskit.observability.uptime.ProbeTarget;
import dev.devopskit.observability.uptime.Uptime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Composes every target's writer into the files of a blueprint. The targets never see each other; this class does. */
public final class Artifacts {
  /** Where the backup script goes. */
  public static final String BACKUP_SCRIPT = "scripts/backup.sh";

  private Artifacts() {}

  /** Every file of a blueprint, in a stable order. */
  public static List<GeneratedFile> of(Blueprint blueprint) {
    List<GeneratedFile> files = new ArrayList<>();
    files.addAll(Containers.files(blueprint));
    files.addAll(Workflows.files(blueprint));
    files.add(GeneratedFile.of(blueprint.flagFile(), FlagFile.writeYaml(blueprint.flags())));
    files.add(GeneratedFile.of("environments.yml", new EnvironmentsFormat().write(blueprint.environments())));
    files.addAll(monitoring(blueprint));
    LocalDate reviewed = blueprint.reviewed().orElse(LocalDate.now(ZoneOffset.UTC));
    files.addAll(Documents.files(blueprint, Workflows.pipeline(blueprint).ci(), alertSets(blueprint), reviewed));
    blueprint.database().ifPresent(db -> files.add(GeneratedFile.of(BACKUP_SCRIPT,
        Migrations.backupScript(backupPolicy(blueprint)))));
    return files;
  }

  /** The backup policy of a blueprint's database. */
  public static BackupPolicy backupPolicy(Blueprint blueprint) {
    return BackupPolicy.builder().database(blueprint.database().orElseThrow().database())
        .destination(blueprint.backupDestination()).retentionDays(blueprint.backupRetentionDays()).build();
  }

  /** The service-level objectives of a blueprint: availability from 5xx responses and latency from a histogram. */
  public static List<Slo> slos(Blueprint blueprint) {
    boolean node = blueprint.toolchain().language() == Toolchain.Language.NODE;
    String matchers = "job=\"" + blueprint.name() + "\"";
    Sli availability = node ? Sli.httpRequestsTotal(matchers) : Sli.httpServerRequests(matchers);
    Sli latency = Sli.latency(node ? "http_request_duration_seconds" : "http_server_requests_seconds",
        String.valueOf(blueprint.latencyThresholdSeconds()), matchers);
    return List.of(
        Slo.builder().service(blueprint.name()).name("availability").objective(blueprint.availabilityObjective())
            .sli(availability).runbookUrl(Documents.alertRunbook()).build(),
        Slo.builder().service(blueprint.name()).name("latency").objective(blueprint.latencyObjective())
            .sli(latency).runbookUrl(Documents.alertRunbook()).build());
  }

  /** The uptime probes: each environment with a URL, at the health path. */
  public static Uptime uptime(Blueprint blueprint) {
    List<ProbeTarget> targets = new ArrayList<>();
    for (Environment environment : blueprint.environments().environments()) {
      environment.url().ifPresent(url -> targets.add(ProbeTarget.of(environment.name(),
          url.replaceAll("/+$", "") + blueprint.healthCheck().path())));
    }
    return Uptime.builder().service(blueprint.name()).addAllTargets(targets).runbookUrl(Documents.alertRunbook())
        .build();
  }

  /** The alerts of a blueprint: burn-rate alerts per objective, and the uptime alerts. */
  static List<AlertSet> alertSets(Blueprint blueprint) {
    List<AlertSet> sets = new ArrayList<>();
    for (Slo slo : slos(blueprint)) {
      sets.add(Prometheus.alerts(slo));
    }
    Uptime uptime = uptime(blueprint);
    if (!uptime.targets().isEmpty()) {
      sets.add(Prometheus.alerts(uptime));
    }
    return sets;
  }

  private static List<GeneratedFile> monitoring(Blueprint blueprint) {
    List<AlertSet> sets = alertSets(blueprint);
    Uptime uptime = uptime(blueprint);
    String ruleFile = Prometheus.RULE_FILE.substring(Prometheus.RULE_FILE.lastIndexOf('/') + 1);
    List<GeneratedFile> files = new ArrayList<>();
    files.add(GeneratedFile.of(Prometheus.RULE_FILE, Prometheus.write(Prometheus.ruleFile(sets), Prometheus.HEADER)));
    files.add(GeneratedFile.of(Prometheus.TEST_FILE,
        Prometheus.write(Prometheus.testFile(ruleFile, sets), Prometheus.HEADER)));
    List<Uptime> uptimes = uptime.targets().isEmpty() ? List.of() : List.of(uptime);
    files.add(GeneratedFile.of(Prometheus.BLACKBOX_FILE, Prometheus.blackboxConfig(uptimes)));
    files.add(GeneratedFile.of(Prometheus.PROMETHEUS_FILE, Prometheus.prometheusConfig(List.of(ruleFile), uptimes)));
    return files;
  }
}
