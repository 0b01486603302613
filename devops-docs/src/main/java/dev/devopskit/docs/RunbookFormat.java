package dev.devopskit.docs;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docs.internal.markdown.RunbookMarkdown;
import dev.devopskit.docs.rules.RunbookRules;
import dev.devopskit.docs.runbook.Runbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The format {@code runbook}: Markdown runbooks at {@code docs/**}{@code /runbooks/*.md}, and any Markdown file
 * whose front matter says {@code type: runbook}.
 */
public final class RunbookFormat implements Format<Runbook> {
  private static final Pattern TYPE = Pattern.compile("(?m)^type:\\s*[\"']?runbook[\"']?\\s*$");

  @Override
  public String name() {
    return "runbook";
  }

  @Override
  public String description() {
    return "runbooks in Markdown with YAML front matter (docs/**/runbooks/*.md, or front matter 'type: runbook')";
  }

  @Override
  public Class<Runbook> valueType() {
    return Runbook.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String path = relativePath.toLowerCase(Locale.ROOT);
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    return path.startsWith("docs/") && name.endsWith(".md") && path.substring(0, Math.max(0, slash)).endsWith("/runbooks")
        && !name.equals("readme.md") && !name.equals("index.md");
  }

  @Override
  public boolean claimsContent(String relativePath, String head) {
    if (!relativePath.toLowerCase(Locale.ROOT).endsWith(".md")) {
      return false;
    }
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    if (!text.startsWith("---")) {
      return false;
    }
    int end = text.indexOf("\n---", 3);
    return TYPE.matcher(end < 0 ? text : text.substring(0, end)).find();
  }

  @Override
  public Parsed<Runbook> read(SourceFile source) {
    return RunbookMarkdown.read(source);
  }

  @Override
  public String write(Runbook value) {
    return RunbookMarkdown.write(value);
  }

  @Override
  public List<Rule<? super Runbook>> rules() {
    return RunbookRules.all();
  }

  @Override
  public List<RuleInfo> readerRules() {
    List<RuleInfo> rules = new ArrayList<>(CoreRules.yamlReader());
    rules.add(RunbookRules.SYNTAX);
    rules.add(RunbookRules.FRONT_MATTER);
    return rules;
  }
}
