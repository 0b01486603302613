package dev.devopskit.core.policy;

import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.value.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suppression written in the file itself: {@code # devops-kit: ignore[rule-id, other-id] reason}.
 *
 * <p>The marker works in any comment syntax ({@code #}, {@code //}, {@code --}, {@code <!-- -->}). A marker after
 * other text on a line covers that line; a marker alone on its line covers the next line that is neither blank nor
 * another comment. The reason is required.
 *
 * @param rules the rule ids or patterns listed in brackets
 * @param reason the reason (empty when missing, which is itself a finding)
 * @param commentLine where the marker is
 * @param targetLine the line whose findings it suppresses
 */
public record InlineSuppression(List<String> rules, String reason, int commentLine, int targetLine) {
  private static final Pattern MARKER = Pattern.compile("devops-kit:\\s{0,4}ignore\\[([^\\]\\n]{0,500})\\]([^\\n]{0,500})");

  /** Every marker in a source file. */
  public static List<InlineSuppression> scan(SourceFile source) {
    List<InlineSuppression> found = new ArrayList<>();
    String text = source.text();
    if (!text.contains("devops-kit:")) {
      return found;
    }
    for (int line = 1; line <= source.lineCount(); line++) {
      String content = source.line(line);
      Matcher matcher = MARKER.matcher(content);
      if (!matcher.find()) {
        continue;
      }
      List<String> rules = Arrays.stream(matcher.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
          .toList();
      String reason = matcher.group(2).replace("-->", "").replace("*/", "").trim();
      String before = content.substring(0, matcher.start()).replaceAll("(#|//|--|<!--|/\\*|;)\\s*$", "").trim();
      int target = before.isEmpty() ? nextCodeLine(source, line) : line;
      found.add(new InlineSuppression(rules, reason, line, target));
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
