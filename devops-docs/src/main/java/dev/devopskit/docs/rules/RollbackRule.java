package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docs.runbook.Runbook;
import dev.devopskit.docs.runbook.RunbookStep;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code runbook/rollback}: a runbook whose commands change state (restore, delete, drop, apply, deploy, restart,
 * migrate, scale) has rollback steps. Blocks of language {@code text} are messages, not commands, and are not
 * considered.
 */
public final class RollbackRule implements Rule<Runbook> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("runbook/rollback", Profile.TRUNK, Severity.WARNING,
      "A runbook that changes state has rollback steps").withConfidence(Confidence.MEDIUM);

  private static final Pattern CHANGES_STATE = Pattern.compile("(?i)\\b(?:pg_restore(?![^\\n|;&]*\\s(?:--list|-l)\\b)|dropdb|createdb|"
      + "(?:DROP|ALTER|TRUNCATE|DELETE|UPDATE|INSERT)\\s+\\w|rm\\s+-|kubectl\\s+(?:apply|delete|scale|rollout|patch|"
      + "set|edit)|helm\\s+(?:upgrade|install|rollback|uninstall)|terraform\\s+(?:apply|destroy|import)|"
      + "docker\\s+(?:compose\\s+)?(?:up|down|restart|stop|rm|push|tag)|docker-compose\\s+(?:up|down|restart|stop|rm)|"
      + "systemctl\\s+(?:restart|stop|start)|flyway\\s+(?:migrate|clean|repair)|migrate\\b|deploy\\b|"
      + "git\\s+push|aws\\s+\\S+\\s+(?:delete|put|update|create))");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Runbook runbook, RuleContext context) {
    if (!runbook.rollback().isEmpty()) {
      return;
    }
    for (int i = 0; i < runbook.steps().size(); i++) {
      RunbookStep step = runbook.steps().get(i);
      // Text blocks are messages to post or things to click, not commands a shell runs.
      Optional<String> command = step.command().filter(c -> !c.language().equals("text")).map(c -> c.code());
      if (command.isPresent()) {
        Matcher m = CHANGES_STATE.matcher(command.get());
        if (m.find()) {
          context.report(DocPath.of("steps").index(i).key("command"), "step '" + step.title() + "' changes state ('"
              + m.group().strip() + "') but the runbook has no rollback steps",
              "add a '## Rollback' section saying how to undo it, or how to recover if it fails halfway");
          return;
        }
      }
    }
  }
}
