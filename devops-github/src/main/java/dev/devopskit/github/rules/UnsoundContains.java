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
 * {@code github/unsound-contains}: {@code contains('refs/heads/main refs/heads/dev', github.ref)} tests whether
 * the context is a substring of the string, not one of its words: a branch named {@code main refs/heads/d} or
 * {@code ma} passes. The list form, {@code contains(fromJSON('["refs/heads/main", "refs/heads/dev"]'), github.ref)},
 * compares whole values.
 */
public final class UnsoundContains implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/unsound-contains", Profile.RECOMMENDED, Severity.ERROR,
      "contains() in conditions tests a list, not a substring of a string literal").withConfidence(Confidence.HIGH);
  private static final Pattern CONTAINS = Pattern.compile("(?i)\\bcontains\\s*\\(\\s*'([^']*)'\\s*,\\s*"
      + "([A-Za-z_][A-Za-z0-9_.*\\[\\]'-]*)\\s*\\)");
  /** Contexts whose value a pusher, a fork or a caller picks. */
  private static final Pattern CONTROLLABLE = Pattern.compile("(?i)(?:env\\.|inputs\\.|(?:github\\.(?:ref|ref_name"
      + "|head_ref|base_ref|actor|triggering_actor|sha)|github\\.event\\.(?:pull_request\\.head\\.ref"
      + "|workflow_run\\.head_branch))(?![A-Za-z0-9_]))");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    Conditions.each(workflow, (text, path, job) -> {
      if (!text.contains("ontains")) {
        return;
      }
      Matcher m = CONTAINS.matcher(text);
      while (m.find()) {
        String haystack = m.group(1);
        String needle = m.group(2);
        if (!CONTROLLABLE.matcher(needle).lookingAt()) {
          continue; // event names and other fixed values: unsound in form, but nobody can pick a value that passes
        }
        String list = String.join("\", \"", haystack.trim().split("[\\s,|]+"));
        context.report(path, "contains('" + haystack + "', " + needle + ") is true for any substring of the "
            + "string, so a value such as '" + shortPart(haystack) + "' passes this check", "compare with a list: "
            + "contains(fromJSON('[\"" + list + "\"]'), " + needle + ")");
        return;
      }
    });
  }

  private static String shortPart(String haystack) {
    String trimmed = haystack.trim();
    return trimmed.length() <= 2 ? "" : trimmed.substring(0, trimmed.length() / 2);
  }
}
