package dev.devopskit.kit.internal;

import dev.devopskit.core.environment.DeploymentMode;
import dev.devopskit.core.environment.Environment;
import dev.devopskit.core.environment.Tier;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.secret.SecretRef;
import dev.devopskit.docs.Docs;
import dev.devopskit.docs.diagram.Flowchart;
import dev.devopskit.docs.guide.AlertEntry;
import dev.devopskit.docs.guide.Component;
import dev.devopskit.docs.guide.DeploymentGuide;
import dev.devopskit.docs.guide.EnvironmentTier;
import dev.devopskit.docs.guide.FlagEntry;
import dev.devopskit.docs.guide.HealthEndpoint;
import dev.devopskit.docs.guide.InfrastructureGuide;
import dev.devopskit.docs.guide.SecretEntry;
import dev.devopskit.docs.markdown.Link;
import dev.devopskit.docs.postmortem.IncidentSeverity;
import dev.devopskit.docs.postmortem.Postmortem;
import dev.devopskit.docs.preset.Deployment;
import dev.devopskit.docs.preset.IncidentProcess;
import dev.devopskit.docs.preset.PostgresDatabase;
import dev.devopskit.docs.preset.RunbookPresets;
import dev.devopskit.docs.runbook.EscalationContact;
import dev.devopskit.docs.runbook.Runbook;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Workflow;
import dev.devopskit.kit.Blueprint;
import dev.devopskit.observability.AlertSet;
import dev.devopskit.observability.alerting.PrometheusRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations documents of a blueprint: infrastructure and deployment guides filled from the workflow, the
 * environments, the alerts and the flags; the runbooks with real commands; the postmortem template.
 */
final class Documents {
  static final String OWNER = "team:platform";
  static final String BACKUP = "database backup";
  static final String RESTORE = "database restore";
  static final String ROLLBACK = "deployment rollback";
  static final String INCIDENT = "incident response";

  private Documents() {}

  /** Where the alerts of a blueprint send people: the incident-response runbook. */
  static String alertRunbook() {
    return Docs.runbookPath(INCIDENT);
  }

  static List<GeneratedFile> files(Blueprint blueprint, Workflow ci, List<AlertSet> alerts, LocalDate reviewed) {
    List<GeneratedFile> files = new ArrayList<>();
    files.add(Docs.file(infrastructure(blueprint, ci, alerts)));
    files.add(Docs.file(deploymentGuide(blueprint, ci)));
    Map<String, Runbook> runbooks = runbooks(blueprint, reviewed);
    List<Link> index = new ArrayList<>();
    runbooks.forEach((topic, runbook) -> {
      String path = Docs.runbookPath(topic);
      files.add(GeneratedFile.of(path, Docs.text(runbook)));
      index.add(Link.to(runbook.title(), path.substring("docs/devops/".length())));
    });
    files.add(Docs.runbookIndex(index));
    files.add(GeneratedFile.of(Docs.POSTMORTEMS_DIRECTORY + "/TEMPLATE.md",
        Docs.text(Postmortem.template("incident-name", reviewed, IncidentSeverity.P3))));
    return files;
  }

  private static Map<String, Runbook> runbooks(Blueprint blueprint, LocalDate reviewed) {
    List<EscalationContact> escalation = List.of(
        EscalationContact.of("the on-call engineer of " + blueprint.name(), "the paging tool", "15 minutes"),
        EscalationContact.of(OWNER, "the team channel", "1 hour"));
    Map<String, Runbook> runbooks = new LinkedHashMap<>();
    blueprint.database().ifPresent(db -> {
      PostgresDatabase database = PostgresDatabase.builder().service(db.name()).database(db.database())
          .user(db.user()).applicationService("app").build();
      runbooks.put(BACKUP, RunbookPresets.databaseBackup(database, OWNER, reviewed, escalation));
      runbooks.put(RESTORE, RunbookPresets.databaseRestore(database, OWNER, reviewed, escalation));
    });
    Environment production = production(blueprint);
    String image = blueprint.registry() + "/OWNER/" + blueprint.imageName();
    Deployment deployment = Deployment.builder().service(blueprint.name())
        .image(image).environment(production.name())
        // The same variables the promotion workflow's deploy step gives the command.
        .deployCommand("IMAGE=" + image + ":$TAG ENVIRONMENT=" + production.name() + " " + blueprint.deployCommand())
        .healthUrl(production.url().orElse("https://" + blueprint.name() + ".example.com").replaceAll("/+$", "")
            + blueprint.healthCheck().path()).build();
    runbooks.put(ROLLBACK, RunbookPresets.deploymentRollback(deployment, OWNER, reviewed, escalation));
    runbooks.put(INCIDENT, RunbookPresets.incidentResponse(IncidentProcess.builder()
        .paging("the paging tool's on-call schedule for " + blueprint.name())
        .statusPage("the status page").build(), OWNER, reviewed, escalation));
    return runbooks;
  }

  private static Environment production(Blueprint blueprint) {
    return blueprint.environments().ofTier(Tier.PRODUCTION).stream().findFirst()
        .orElse(Environment.of("production", Tier.PRODUCTION));
  }

  static InfrastructureGuide infrastructure(Blueprint blueprint, Workflow ci, List<AlertSet> alerts) {
    InfrastructureGuide.Builder guide = InfrastructureGuide.builder();
    guide.addComponent(Component.builder().name(blueprint.name()).kind("application")
        .description(blueprint.toolchain().language().name().toLowerCase(java.util.Locale.ROOT) + " service built with "
            + blueprint.toolchain().packageManager().label() + ", image built from docker/Dockerfile").build());
    for (BackingService service : blueprint.services()) {
      guide.addComponent(Component.builder().name(service.name()).kind(service.kind().name()
          .toLowerCase(java.util.Locale.ROOT)).description(service.image() + " on port " + service.port()).build());
    }
    guide.addComponent(Component.builder().name("registry").kind("container registry")
        .description(blueprint.registry() + ": images tagged with the commit SHA").build());
    for (Environment environment : blueprint.environments().environments()) {
      guide.addEnvironment(EnvironmentTier.builder().name(environment.name()).tier(environment.tier().id())
          .url(environment.url().orElse("-")).deployment(deployment(environment))
          .approvals(environment.reviewers().isEmpty() ? (environment.deployment() == DeploymentMode.MANUAL_PROMOTION
              ? "manual promotion" : "none") : String.join(", ", environment.reviewers())).build());
      environment.url().ifPresent(url -> guide.addHealthEndpoint(HealthEndpoint.builder()
          .service(blueprint.name() + " (" + environment.name() + ")")
          .url(url.replaceAll("/+$", "") + blueprint.healthCheck().path()).expected("HTTP 200").build()));
    }
    for (AlertSet set : alerts) {
      for (PrometheusRule rule : set.group().rules()) {
        rule.alert().ifPresent(name -> guide.addAlert(AlertEntry.builder().name(name)
            .severity(rule.labels().getOrDefault("severity", "-"))
            .summary(rule.annotations().getOrDefault("summary", "-"))
            .runbook(rule.annotations().getOrDefault("runbook_url", "-")).build()));
      }
    }
    for (FeatureFlag flag : blueprint.flags().flags()) {
      guide.addFeatureFlag(FlagEntry.builder().key(flag.key()).description(flag.description().orElse("-"))
          .state(flag.kind().name().toLowerCase(java.util.Locale.ROOT)).build());
    }
    guide.pipeline(pipeline(ci));
    guide.promotion(promotion(blueprint));
    return guide.build();
  }

  static DeploymentGuide deploymentGuide(Blueprint blueprint, Workflow ci) {
    DeploymentGuide.Builder guide = DeploymentGuide.builder();
    Set<String> secrets = new LinkedHashSet<>();
    for (Environment environment : blueprint.environments().environments()) {
      for (SecretRef secret : environment.secrets()) {
        secrets.add(secret.name());
        guide.addSecret(SecretEntry.builder().name(secret.name())
            .store("GitHub environment '" + environment.name() + "'").usedBy("deploy to " + environment.name())
            .build());
      }
    }
    if (blueprint.database().isPresent() && secrets.add("DATABASE_URL")) {
      guide.addSecret(SecretEntry.builder().name("DATABASE_URL").store("GitHub environment '"
          + production(blueprint).name() + "'").usedBy("backup verification workflow").build());
    }
    guide.addSecret(SecretEntry.builder().name("POSTGRES_PASSWORD").store(".env (local only, never committed)")
        .usedBy("docker compose up").build());
    guide.promotion(promotion(blueprint));
    return guide.build();
  }

  private static String deployment(Environment environment) {
    switch (environment.deployment()) {
      case AUTOMATIC_FROM_TRUNK:
        return "automatically from the trunk";
      case MANUAL_PROMOTION:
        return "manual promotion";
      case AUTOMATIC_FROM_PULL_REQUEST:
        return "from pull requests";
      default:
        return "not deployed";
    }
  }

  private static Flowchart pipeline(Workflow ci) {
    Map<String, List<String>> needs = new LinkedHashMap<>();
    for (Map.Entry<String, Job> job : ci.jobs().entrySet()) {
      needs.put(job.getKey(), job.getValue().needs());
    }
    return Flowchart.fromNeeds(needs);
  }

  private static Flowchart promotion(Blueprint blueprint) {
    List<String> names = new ArrayList<>();
    Set<String> approved = new LinkedHashSet<>();
    for (Environment environment : blueprint.environments().environments()) {
      if (environment.deployment() == DeploymentMode.NONE) {
        continue;
      }
      names.add(environment.name());
      if (environment.protectedByPeople()) {
        approved.add(environment.name());
      }
    }
    return Flowchart.promotionPath(names, approved);
  }
}
