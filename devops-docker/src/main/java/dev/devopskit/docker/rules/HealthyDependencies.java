package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.Dependency;
import dev.devopskit.docker.compose.Service;
import java.util.List;
import java.util.Map;

/**
 * {@code compose/healthy-dependencies}: {@code service_healthy} waits on a service that has a healthcheck, and
 * a service that depends on a database waits until the database is healthy.
 */
final class HealthyDependencies implements Rule<ComposeFile> {
  static final RuleInfo INFO = RuleInfo.builder().id("compose/healthy-dependencies")
      .profile(Profile.RECOMMENDED).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING)
      .summary("Dependencies on databases wait until they are healthy, and only on services with a healthcheck")
      .addOptions(new RuleOption("databases", "image names that are databases",
          "[postgres, postgis, mysql, mariadb, mongo, cassandra, elasticsearch, opensearch, rabbitmq, kafka, "
              + "mssql, clickhouse, cockroach, timescaledb, neo4j, couchdb, influxdb]"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ComposeFile file, RuleContext context) {
    if (Walk.overrideFile(context)) {
      return;
    }
    List<String> databases = context.listOption("databases");
    file.services().forEach((name, service) -> {
      for (Map.Entry<String, Dependency> entry : service.dependsOn().entrySet()) {
        Service target = file.services().get(entry.getKey());
        if (target == null) {
          continue;
        }
        DocPath path = Walk.entry(context, DocPath.of("services", name, "depends_on"), service.dependsOn().keySet(),
            entry.getKey());
        String condition = entry.getValue().effectiveCondition();
        if (condition.equals("service_healthy") && !target.hasHealthcheck() && target.healthcheck().isEmpty()) {
          context.report(path, "service '" + name + "' waits for '" + entry.getKey() + "' to be healthy, but '"
              + entry.getKey() + "' has no healthcheck, so 'docker compose up' fails",
              "add a healthcheck to service '" + entry.getKey() + "'");
        } else if (condition.equals("service_started") && isDatabase(target, databases)) {
          context.report(path, "service '" + name + "' starts as soon as database '" + entry.getKey()
              + "' has started, before it accepts connections",
              "use depends_on: {" + entry.getKey() + ": {condition: service_healthy}} and give '"
                  + entry.getKey() + "' a healthcheck");
        }
      }
    });
  }

  private static boolean isDatabase(Service service, List<String> databases) {
    return service.image().map(image -> {
      String repo = image.split("[:@]")[0];
      String last = repo.substring(repo.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
      return databases.stream().anyMatch(d -> last.equals(d) || last.startsWith(d + "-") || last.startsWith(d));
    }).orElse(false);
  }
}
