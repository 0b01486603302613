package dev.devopskit.docs.preset;

import dev.devopskit.docs.markdown.CodeBlock;
import dev.devopskit.docs.runbook.EscalationContact;
import dev.devopskit.docs.runbook.Runbook;
import dev.devopskit.docs.runbook.RunbookStep;
import java.time.LocalDate;
import java.util.List;

/**
 * Runbooks generated from the project's values, with real commands: PostgreSQL backup ({@code pg_dump -Fc}) and
 * restore ({@code pg_restore}, into a scratch database first), deployment rollback (re-promote the previous
 * image), and incident response.
 *
 * <pre>{@code
 * Runbook backup = RunbookPresets.databaseBackup(PostgresDatabase.of("db", "orders", "app"),
 *     "@platform-team", LocalDate.now(), List.of(EscalationContact.of("Database on-call", "#db-oncall", "15 minutes")));
 * }</pre>
 */
public final class RunbookPresets {
  private RunbookPresets() {}

  private static RunbookStep step(String title, String description, String command, String expected,
      String ifDifferent) {
    RunbookStep.Builder step = RunbookStep.builder().title(title).description(description)
        .command(CodeBlock.bash(command)).expectedOutput(expected).ifDifferent(ifDifferent);
    return step.build();
  }

  /** A command run in the database's container, continued over lines so each stays short. */
  private static String exec(PostgresDatabase db, String command) {
    return "docker compose exec -T " + db.service() + " \\\n  " + command;
  }

  /** Continues a command on the next line (shell line continuation). */
  private static String next(String part) {
    return " \\\n  " + part;
  }

  private static String link(String url) {
    return url.startsWith("http://") || url.startsWith("https://") ? "<" + url + ">" : url;
  }

  /** Backs up a PostgreSQL database in custom format and checks that the archive can be read. */
  public static Runbook databaseBackup(PostgresDatabase db, String owner, LocalDate reviewed,
      List<EscalationContact> escalation) {
    String dump = db.backupDirectory() + "/" + db.database() + "-$(date -u +%Y%m%dT%H%M%SZ).dump";
    return Runbook.builder().title("Back up the " + db.database() + " database").owner(owner).lastReviewed(reviewed)
        .addWhenToUse("Before a risky migration, a restore or a major upgrade")
        .addWhenToUse("When the scheduled backup job failed")
        .addPrerequisite("Shell access to the host that runs `docker compose`")
        .addPrerequisite("Free disk space of at least twice the database size in `" + db.backupDirectory() + "`")
        .addStep(step("Check free disk space", "", "mkdir -p " + db.backupDirectory() + " && df -h "
            + db.backupDirectory(), "The Use% column is below 80%.",
            "Free space or choose another directory before going on."))
        .addStep(step("Dump the database", "The custom format (`-Fc`) is compressed and lets `pg_restore` restore "
            + "single tables.", exec(db, "pg_dump -Fc -U " + db.user() + " -d " + db.database()) + next("> " + dump),
            "No output; the command exits with status 0.",
            "Read the error: authentication problems mean the user is wrong; 'No space left' means the disk is "
                + "full. Escalate if it is neither."))
        .addStep(step("Check the archive", "", "ls -lh " + db.backupDirectory() + "/\nLATEST=$(ls -t " + db.backupDirectory() + "/" + db.database()
            + "-*.dump | head -n 1)\n" + exec(db, "pg_restore --list") + next("< \"$LATEST\" | head -n 20"), "A dump larger than 0 bytes, then '; Archive created at ...'\n"
            + "and the table of contents.", "The dump is incomplete: delete it and repeat step 2."))
        .addVerification("The newest file in `" + db.backupDirectory() + "` is listed by `pg_restore --list`")
        .addVerification("The backup is copied off the host (object storage or another machine)")
        .addAllEscalation(escalation).build();
  }

  /**
   * Restores a PostgreSQL dump: first into a scratch database to verify it, then over the real one, with a
   * safety dump taken before so the restore can be undone.
   */
  public static Runbook databaseRestore(PostgresDatabase db, String owner, LocalDate reviewed,
      List<EscalationContact> escalation) {
    String scratch = db.database() + "_restore_check";
    String safety = db.backupDirectory() + "/" + db.database() + "-before-restore.dump";
    String app = db.applicationService().orElse("app");
    Runbook.Builder runbook = Runbook.builder().title("Restore the " + db.database() + " database").owner(owner)
        .lastReviewed(reviewed)
        .addWhenToUse("Data was lost or corrupted and must be brought back from a backup")
        .addPrerequisite("Shell access to the host that runs `docker compose`")
        .addPrerequisite("The dump to restore, as `" + db.backupDirectory() + "/restore.dump` (custom format, from "
            + "`pg_dump -Fc`)")
        .addPrerequisite("Agreement from the incident commander: writes since the dump are lost");
    runbook.addStep(step("Take a safety dump of the current database", "", exec(db, "pg_dump -Fc -U " + db.user()
        + " -d " + db.database()) + next("> " + safety), "No output; the command exits with status 0.",
        "Stop here: without a safety dump the restore cannot be undone."));
    runbook.addStep(step("Create a scratch database", "", exec(db, "createdb -U " + db.user() + " " + scratch),
        "No output.", "If it already exists, drop it with `dropdb " + scratch + "` and repeat."));
    runbook.addStep(step("Restore into the scratch database", "", exec(db, "pg_restore -U " + db.user() + " -d "
        + scratch + " --no-owner --exit-on-error") + next("< " + db.backupDirectory() + "/restore.dump"),
        "No output; the command exits with status 0.", "The dump is damaged or from another version: pick an "
            + "older dump and repeat from step 2."));
    runbook.addStep(step("Verify the scratch database", "Compare the counts with what you expect from the time of "
        + "the dump.", exec(db, "psql -U " + db.user() + " -d " + scratch) + next("-c \"SELECT relname, n_live_tup FROM "
        + "pg_stat_user_tables") + next("ORDER BY n_live_tup DESC LIMIT 10;\""), "The main tables with plausible row counts.",
        "Do not restore over the real database; escalate."));
    runbook.addStep(step("Stop the application", "", "docker compose stop " + app, "The service is listed as "
        + "Stopped.", "Check `docker compose ps` and stop it again."));
    runbook.addStep(step("Restore over the real database", "", exec(db, "pg_restore -U " + db.user() + " -d "
        + db.database() + " --clean --if-exists") + next("--no-owner --exit-on-error") + next("< "
        + db.backupDirectory() + "/restore.dump"), "No output; the command exits with status 0.",
        "Go to Rollback and restore the safety dump."));
    runbook.addStep(step("Start the application and drop the scratch database", "", "docker compose start " + app
        + "\n" + exec(db, "dropdb -U " + db.user() + " " + scratch), "The service starts; no other output.",
        "Check the application logs with `docker compose logs " + app + "`."));
    runbook.addVerification("The application answers its health check")
        .addVerification("Recent records from before the dump time are present");
    runbook.addRollback(step("Restore the safety dump", "", exec(db, "pg_restore -U " + db.user() + " -d "
        + db.database() + " --clean --if-exists --no-owner") + next("< " + safety), "No output.", "Escalate at once."));
    runbook.addRollback(step("Start the application", "", "docker compose start " + app, "The service is listed "
        + "as Started.", "Check `docker compose logs " + app + "`."));
    return runbook.addAllEscalation(escalation).build();
  }

  /** Rolls a service back by re-promoting the image of the previous commit and deploying it. */
  public static Runbook deploymentRollback(Deployment deployment, String owner, LocalDate reviewed,
      List<EscalationContact> escalation) {
    String image = deployment.image();
    String env = deployment.environment();
    return Runbook.builder().title("Roll back " + deployment.service() + " in " + env).owner(owner)
        .lastReviewed(reviewed)
        .addWhenToUse("A deploy to " + env + " raised the error rate or latency")
        .addWhenToUse("A release must be withdrawn and a feature flag cannot switch it off")
        .addPrerequisite("Push access to `" + image + "`")
        .addPrerequisite("A checkout of the repository (images are tagged with the commit)")
        .addStep(step("Find the previous image", "Images are tagged with the short commit hash; the previous "
            + "release is the commit before the one deployed.", "export TAG=$(git rev-parse --short HEAD~1)\n"
            + "docker pull " + image + ":$TAG", "The pull finishes with 'Status: Downloaded' or 'Image is up to "
            + "date'.", "Find the last good commit with `git log --oneline -n 10` and set TAG to it."))
        .addStep(step("Re-promote it to " + env, "", "docker tag " + image + ":$TAG " + image + ":" + env
            + "\ndocker push " + image + ":" + env, "The push ends with a digest line.",
            "Check the registry login with `docker login`."))
        .addStep(step("Deploy it", "", deployment.deployCommand(), "The deploy command reports success.",
            "Read the deploy output and escalate."))
        .addStep(step("Check health", "", "curl -fsS " + deployment.healthUrl(), "A 200 response.",
            "Watch the logs; if it stays unhealthy, escalate."))
        .addVerification("The error rate and latency are back to their usual levels")
        .addVerification("The release is marked as rolled back in the team channel")
        .addRollback(step("Roll forward again", "When the rollback made things worse, deploy the newer image.",
            "export TAG=$(git rev-parse --short HEAD)\ndocker tag " + image + ":$TAG " + image + ":" + env
                + "\ndocker push " + image + ":" + env + "\n" + deployment.deployCommand(),
            "The deploy command reports success.", "Escalate."))
        .addAllEscalation(escalation).build();
  }

  /** The incident response procedure: declare, assign roles, communicate, mitigate, resolve, write the postmortem. */
  public static Runbook incidentResponse(IncidentProcess process, String owner, LocalDate reviewed,
      List<EscalationContact> escalation) {
    CodeBlock announce = CodeBlock.of("text", "Incident declared: <what is broken>\nSeverity: P1 | P2 | P3\n"
        + "Incident commander: <name>\nUpdates every " + process.updateEveryMinutes() + " minutes in "
        + process.channel());
    return Runbook.builder().title("Respond to an incident").owner(owner).lastReviewed(reviewed)
        .addWhenToUse("An alert or a customer report shows users are affected")
        .addPrerequisite("Access to " + process.channel() + " and to " + process.paging())
        .addPrerequisite("Access to the status page: " + link(process.statusPage()))
        .addStep(RunbookStep.builder().title("Declare the incident and set its severity")
            .description("P1: a core service is down or data is at risk. P2: a core service is degraded. P3: minor "
                + "impact with a workaround.")
            .command(announce).expectedOutput("The message is pinned in " + process.channel() + ".")
            .ifDifferent("Post it again and pin it by hand.").build())
        .addStep(RunbookStep.builder().title("Assign the roles")
            .description("Incident commander (decides), communications lead (updates), operations lead (changes "
                + "the system). One person may hold two roles in a P3.")
            .command(CodeBlock.of("text", "Roles: IC <name>, comms <name>, ops <name>"))
            .expectedOutput("Each role has a name in the channel.")
            .ifDifferent("Page more help through " + process.paging() + ".").build())
        .addStep(RunbookStep.builder().title("Communicate")
            .description("For a P1 or P2, post on the status page and update it every "
                + process.updateEveryMinutes() + " minutes, even when nothing changed.")
            .command(CodeBlock.of("text", "Investigating: <symptom customers see>. Next update in "
                + process.updateEveryMinutes() + " minutes."))
            .expectedOutput("The update shows on the status page.")
            .ifDifferent("Post the update in " + process.channel() + " and ask the communications lead to retry.")
            .build())
        .addStep(RunbookStep.builder().title("Mitigate")
            .description("Stop the impact first, find the cause later: roll back, switch a feature flag off, or "
                + "fail over, using the runbook of the affected service.")
            .command(CodeBlock.of("text", "Mitigation: <action taken> at <time UTC>"))
            .expectedOutput("Errors and latency return to their usual levels.")
            .ifDifferent("Escalate to the next contact below.").build())
        .addStep(step("Resolve and start the postmortem", "When the impact has ended, announce it and create the "
            + "postmortem from the template.", "devops postmortem <incident-name> --severity P1",
            "Created docs/devops/postmortems/<date>-<incident-name>.md",
            "Copy the template from an earlier postmortem by hand."))
        .addVerification("The status page says resolved")
        .addVerification("A postmortem draft exists and its review is scheduled")
        .addAllEscalation(escalation).build();
  }
}
