package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.workflow.Workflow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code github/bot-conditions}: on {@code pull_request_target}, {@code github.actor == 'dependabot[bot]'} is not
 * a check of who wrote the pull request: the actor is whoever caused the latest event, and anyone can make the bot
 * act on their fork's pull request (a {@code @dependabot rebase} comment). The author is
 * {@code github.event.pull_request.user.login}.
 */
public final class BotConditions implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/bot-conditions", Profile.RECOMMENDED, Severity.ERROR,
      "Privileged jobs do not trust github.actor to be a bot").withConfidence(Confidence.HIGH);
  private static final String ACTOR = "github\\s*\\.\\s*(?:actor|triggering_actor"
      + "|event\\s*\\.\\s*pull_request\\s*\\.\\s*sender\\s*\\.\\s*login)";
  private static final String ACTOR_ID = "github\\s*\\.\\s*(?:actor_id|event\\s*\\.\\s*pull_request\\s*\\.\\s*sender"
      + "\\s*\\.\\s*id)";
  /** Ids of the Dependabot and Renovate bots and of Dependabot's app, compared as strings. */
  private static final String BOT_ID = "'?(?:29110|49699333|27856297|29139614)'?";
  private static final Pattern SPOOFABLE = Pattern.compile("(?i)(?:" + ACTOR + ")\\s*==\\s*'[^']*\\[bot\\]'"
      + "|'[^']*\\[bot\\]'\\s*==\\s*(?:" + ACTOR + ")(?![A-Za-z0-9_])"
      + "|(?:" + ACTOR_ID + ")\\s*==\\s*" + BOT_ID + "(?![0-9])|" + BOT_ID + "\\s*==\\s*(?:" + ACTOR_ID + ")");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    if (!Pipelines.on(workflow, "pull_request_target")) {
      return;
    }
    Conditions.each(workflow, (text, path, job) -> {
      Matcher m = SPOOFABLE.matcher(text);
      if (m.find()) {
        context.report(path, "on pull_request_target, '" + m.group().replaceAll("\\s+", " ") + "' holds whenever "
            + "the bot caused the latest event, also on someone else's pull request, so the guarded job or step "
            + "runs with write access for them", "check the pull request's author instead: "
            + "github.event.pull_request.user.login == 'dependabot[bot]'");
      }
    });
  }
}
