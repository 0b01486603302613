package dev.devopskit.kit.internal;

import dev.devopskit.core.environment.Tier;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.database.backup.BackupPolicy;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.github.expression.Expr;
import dev.devopskit.github.preset.DeployStep;
import dev.devopskit.github.preset.DeployTarget;
import dev.devopskit.github.preset.PinnedActions;
import dev.devopskit.github.preset.TrunkPipeline;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Cron;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.RunsOn;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import dev.devopskit.kit.Blueprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workflows of a blueprint: CI, production promotion, and the scheduled backup verification. */
final class Workflows {
  /** The rollback runbook the promotion workflow points at. */
  static final String ROLLBACK_RUNBOOK = "docs/devops/runbooks/deployment-rollback.md";
  /** The environment that holds the backup credentials. */
  static final String BACKUP_ENVIRONMENT = "backups";
  /** Where the backup verification workflow lives. */
  static final String BACKUP_WORKFLOW = ".github/workflows/backup-verification.yml";

  private Workflows() {}

  static TrunkPipeline pipeline(Blueprint blueprint) {
    TrunkPipeline.Builder builder = TrunkPipeline.builder().toolchain(blueprint.toolchain()).trunk(blueprint.trunk())
        .services(blueprint.services()).healthCheck(blueprint.healthCheck()).registry(blueprint.registry())
        .imageName(blueprint.imageName()).deploy(DeployStep.command(blueprint.deployCommand()))
        .rollbackRunbook(ROLLBACK_RUNBOOK);
    blueprint.migrateCommand().ifPresent(builder::migrateCommand);
    target(blueprint, Tier.STAGING).ifPresent(builder::staging);
    target(blueprint, Tier.PRODUCTION).ifPresent(builder::production);
    return builder.build();
  }

  static List<GeneratedFile> files(Blueprint blueprint) {
    List<GeneratedFile> files = new ArrayList<>(pipeline(blueprint).files(WriteOptions.defaults()));
    blueprint.database().ifPresent(db ->
        files.add(GitHubActions.file(backupVerification(blueprint, Artifacts.backupPolicy(blueprint)),
            WriteOptions.defaults())));
    return files;
  }

  private static Optional<DeployTarget> target(Blueprint blueprint, Tier tier) {
    return blueprint.environments().ofTier(tier).stream().findFirst()
        .map(e -> DeployTarget.of(e.name(), e.url().orElse("https://" + e.name() + ".example.com")));
  }

  /**
   * The scheduled workflow that proves backups restore: it dumps the production database with the generated
   * script and restores the dump into a scratch database. The dump never leaves the runner.
   */
  static Workflow backupVerification(Blueprint blueprint, BackupPolicy policy) {
    Job verify = Job.builder()
        .name("Back up the database and restore the dump into a scratch database")
        .runsOn(RunsOn.label("ubuntu-latest"))
        // Its own environment holds the backup credentials (a read-only user), never production's deploy secrets.
        .environment(dev.devopskit.github.workflow.JobEnvironment.named(BACKUP_ENVIRONMENT))
        .timeoutMinutes("30")
        .addSteps(
            // The job never pushes: no token left in .git/config for the backup script to read.
            Step.uses(PinnedActions.of("actions/checkout").orElseThrow()).withInput("persist-credentials", "false"),
            Step.builder().name("Back up and verify the restore").run("bash " + Artifacts.BACKUP_SCRIPT)
                .putEnv(policy.urlVariable(), Expr.secret(policy.urlVariable()).toString())
                .putEnv("BACKUP_DIR", Expr.of("runner.temp").toString() + "/backups")
                .build())
        .build();
    return Workflow.builder()
        .name("Backup verification")
        .addOn(Trigger.builder().event("schedule").addSchedule(Cron.of(policy.schedule())).build())
        .addOn(Trigger.workflowDispatch())
        .permissions(Permissions.of("contents", Access.READ))
        .concurrency(Concurrency.group("backup-verification"))
        .putJob("verify-backup", verify)
        .build();
  }
}
