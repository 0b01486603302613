package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.Workflow;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code github/undocumented-permissions}: every permission scope a workflow or job grants, other than
 * {@code contents: read}, has a comment that says why, on its line or on the line above. Only files read from disk
 * are checked: a value built in Java has no comments to read.
 */
public final class UndocumentedPermissions implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/undocumented-permissions")
      .profile(Profile.STRICT).confidence(Confidence.HIGH).defaultSeverity(Severity.NOTE)
      .summary("Each permission a workflow grants says in a comment why it is needed")
      .build();
  /** Comments that only suppress findings say nothing about why a scope is needed. */
  private static final Pattern SUPPRESSION = Pattern.compile("(?i)^\\s*(zizmor|devops-kit)\\s*:\\s*ignore\\b.*");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    Optional<SourceFile> source = context.source();
    if (source.isEmpty()) {
      return;
    }
    workflow.permissions().ifPresent(p -> check(p, DocPath.of("permissions"), "the workflow", source.get(), context));
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      entry.getValue().permissions().ifPresent(p -> check(p, Pipelines.job(entry.getKey()).key("permissions"),
          "job '" + entry.getKey() + "'", source.get(), context));
    }
  }

  private static void check(Permissions permissions, DocPath path, String owner, SourceFile source,
      RuleContext context) {
    for (Map.Entry<String, Access> scope : permissions.scopes().entrySet()) {
      Access access = scope.getValue();
      if (access == Access.NONE || access == Access.READ && scope.getKey().equals("contents")) {
        continue;
      }
      DocPath at = path.key(scope.getKey());
      Optional<Span> span = context.sourceMap().exact(at);
      if (span.isPresent() && !documented(source, span.get().line())) {
        String grant = scope.getKey() + ": " + access.name().toLowerCase(Locale.ROOT);
        context.reportAtKey(at, owner + " grants '" + grant + "' without a comment saying why it needs it",
            "say what uses it on the same line, for example '" + grant + "  # comment on the pull request'");
      }
    }
  }

  /** Whether the line ends in a comment, or the line above is a comment of its own. */
  private static boolean documented(SourceFile source, int line) {
    if (meaningful(trailingComment(source.line(line)))) {
      return true;
    }
    if (line <= 1) {
      return false;
    }
    String above = source.line(line - 1).strip();
    return above.startsWith("#") && meaningful(above.substring(1));
  }

  /** The comment at the end of a line: after a {@code #} that starts the line or follows a space, outside quotes. */
  private static String trailingComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(i + 1);
      }
    }
    return "";
  }

  private static boolean meaningful(String comment) {
    return comment.chars().anyMatch(Character::isLetterOrDigit) && !SUPPRESSION.matcher(comment).matches();
  }
}
