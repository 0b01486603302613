package dev.devopskit.docs;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docs.internal.markdown.PostmortemMarkdown;
import dev.devopskit.docs.postmortem.Postmortem;
import dev.devopskit.docs.rules.PostmortemRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The format {@code postmortem}: Markdown postmortems at {@code docs/**}{@code /postmortems/*.md}, and any
 * Markdown file whose front matter says {@code type: postmortem}.
 */
public final class PostmortemFormat implements Format<Postmortem> {
  private static final Pattern TYPE = Pattern.compile("(?m)^type:\\s*[\"']?postmortem[\"']?\\s*$");

  @Override
  public String name() {
    return "postmortem";
  }

  @Override
  public String description() {
    return "postmortems in Markdown with YAML front matter (docs/**/postmortems/*.md, or front matter "
        + "'type: postmortem')";
  }

  @Override
  public Class<Postmortem> valueType() {
    return Postmortem.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String path = relativePath.toLowerCase(Locale.ROOT);
    String name = path.substring(path.lastIndexOf('/') + 1);
    return path.startsWith("docs/") && path.endsWith(".md") && path.contains("/postmortems/")
        && path.lastIndexOf("/postmortems/") == path.lastIndexOf('/') - "/postmortems".length()
        && !name.equals("readme.md") && !name.equals("index.md") && !name.equals("template.md");
  }

  @Override
  public boolean claimsContent(String relativePath, String head) {
    String lower = relativePath.toLowerCase(Locale.ROOT);
    String name = lower.substring(lower.lastIndexOf('/') + 1);
    if (!lower.endsWith(".md") || name.equals("template.md")) {
      return false;
    }
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    if (!text.startsWith("---")) {
      return false;
    }
    int end = text.indexOf("\n---", 3);
    String front = end < 0 ? text : text.substring(0, end);
    return TYPE.matcher(front).find();
  }

  @Override
  public Parsed<Postmortem> read(SourceFile source) {
    return PostmortemMarkdown.read(source);
  }

  @Override
  public String write(Postmortem value) {
    return PostmortemMarkdown.write(value);
  }

  @Override
  public List<Rule<? super Postmortem>> rules() {
    return PostmortemRules.all();
  }

  @Override
  public List<RuleInfo> readerRules() {
    List<RuleInfo> rules = new ArrayList<>(CoreRules.yamlReader());
    rules.add(PostmortemRules.SYNTAX);
    return rules;
  }
}
