package dev.devopskit.core.policy;

import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.value.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suppression written in the file itself: {@code # devops-kit: ignore[rule-id, other-id] reason}.
 *
 * <p>The marker works in any comment syntax ({@code #}, {@code //}, {@code --}, {@code <!-- -->}). A marker after
 * other text on a line covers that line; a marker alone on its line covers the next line that is neither blank nor
 * another comment. The reason is required.
 *
 * <p>zizmor's marker, {@code # zizmor: ignore[template-injection]}, is honoured too, so that a repository already
 * triaged with zizmor is not reported again: each audit it names stands for the devops-kit rules of {@link #ZIZMOR}
 * (audits without a counterpart are left out), it needs no reason, it covers lines as the devops-kit marker does,
 * and it is never reported as unused (it may be there for an audit devops-kit does not run).
 *
 * @param rules the rule ids or patterns listed in brackets
 * @param reason the reason (empty when missing, which is itself a finding)
 * @param commentLine where the marker is
 * @param targetLine the line whose findings it suppresses
 * @param foreign whether the marker is another tool's (zizmor's), mapped to devops-kit rules
 */
public record InlineSuppression(List<String> rules, String reason, int commentLine, int targetLine, boolean foreign) {
  private static final Pattern MARKER = Pattern.compile("(devops-kit|zizmor):\\s{0,4}ignore\\[([^\\]\\n]{0,500})\\]"
      + "([^\\n]{0,500})");
  /** zizmor's audit names and the devops-kit rules that do their work, one audit a line. */
  public static final Map<String, List<String>> ZIZMOR = Map.ofEntries(
      Map.entry("template-injection", List.of("github/template-injection", "github/template-expansion")),
      Map.entry("dangerous-triggers", List.of("github/dangerous-trigger", "github/privileged-trigger")),
      Map.entry("bot-conditions", List.of("github/bot-conditions")),
      Map.entry("artipacked", List.of("github/persist-credentials", "github/persisted-token")),
      Map.entry("github-env", List.of("github/github-env")),
      Map.entry("insecure-commands", List.of("github/insecure-commands")),
      Map.entry("cache-poisoning", List.of("github/cache-poisoning")),
      Map.entry("unsound-contains", List.of("github/unsound-contains")),
      Map.entry("unsound-condition", List.of("github/unsound-condition")),
      Map.entry("excessive-permissions", List.of("github/excessive-permissions")),
      Map.entry("undocumented-permissions", List.of("github/excessive-permissions")),
      Map.entry("unpinned-uses", List.of("github/unpinned-action")),
      Map.entry("forbidden-uses", List.of("github/forbidden-uses")),
      Map.entry("ref-version-mismatch", List.of("github/ref-version-mismatch")),
      Map.entry("unpinned-images", List.of("github/unpinned-image")),
      Map.entry("secrets-outside-env", List.of("github/secrets-outside-environment")),
      Map.entry("secrets-inherit", List.of("github/secrets-inherit")),
      Map.entry("overprovisioned-secrets", List.of("github/overprovisioned-secrets")),
      Map.entry("unredacted-secrets", List.of("github/unredacted-secrets")),
      Map.entry("self-hosted-runner", List.of("github/self-hosted-runner")),
      Map.entry("use-trusted-publishing", List.of("github/use-trusted-publishing")),
      Map.entry("hardcoded-container-credentials", List.of("github/hardcoded-container-credentials")),
      Map.entry("anonymous-definition", List.of("github/anonymous-definition")),
      Map.entry("concurrency-limits", List.of("github/concurrency-limits")));

  /** A devops-kit marker. */
  public InlineSuppression(List<String> rules, String reason, int commentLine, int targetLine) {
    this(rules, reason, commentLine, targetLine, false);
  }

  /** Every marker in a source file. */
  public static List<InlineSuppression> scan(SourceFile source) {
    List<InlineSuppression> found = new ArrayList<>();
    String text = source.text();
    if (!text.contains("devops-kit:") && !text.contains("zizmor:")) {
      return found;
    }
    for (int line = 1; line <= source.lineCount(); line++) {
      String content = source.line(line);
      Matcher matcher = MARKER.matcher(content);
      if (!matcher.find()) {
        continue;
      }
      boolean foreign = matcher.group(1).equals("zizmor");
      List<String> rules = Arrays.stream(matcher.group(2).split(",")).map(String::trim).filter(s -> !s.isEmpty())
          .toList();
      String reason = matcher.group(3).replace("-->", "").replace("*/", "").trim();
      if (foreign) {
        rules = rules.stream().flatMap(audit -> ZIZMOR.getOrDefault(audit, List.of()).stream()).distinct().toList();
        if (rules.isEmpty()) {
          continue; // only audits devops-kit does not run
        }
        reason = reason.isEmpty() ? "zizmor: ignore" : reason;
      }
      String before = content.substring(0, matcher.start()).replaceAll("(#|//|--|<!--|/\\*|;)\\s*$", "").trim();
      int target = before.isEmpty() ? nextCodeLine(source, line) : line;
      found.add(new InlineSuppression(rules, reason, line, target, foreign));
    }
    return found;
  }

  private static int nextCodeLine(SourceFile source, int line) {
    for (int next = line + 1; next <= source.lineCount(); next++) {
      String text = source.line(next).trim();
      if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("//") && !text.startsWith("<!--")
          && !text.startsWith("--")) {
        return next;
      }
    }
    return line;
  }

  /** Whether the marker lists this rule. */
  public boolean matchesRule(String ruleId) {
    return rules.stream().anyMatch(pattern -> RulePattern.matches(pattern, ruleId));
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
