package dev.devopskit.docs.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docs.internal.blameless.BlamelessLanguage;
import dev.devopskit.docs.internal.markdown.MarkdownSource;
import dev.devopskit.docs.internal.markdown.PostmortemMarkdown;
import dev.devopskit.docs.postmortem.ActionItem;
import dev.devopskit.docs.postmortem.Postmortem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;

/**
 * {@code postmortem/blameless-language}: wording that blames people instead of systems ("human error", "X's
 * fault", "should have known", "se olvidó", "descuido"), and in Root Cause a name, @handle or role as the subject
 * of a cause. Each hit says why and suggests a system-focused rewrite; quotes, negations and code are not hits.
 */
public final class BlamelessLanguageRule implements Rule<Postmortem> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("postmortem/blameless-language", Profile.TRUNK, Severity.WARNING,
      "A postmortem describes systems and conditions, not people to blame").withConfidence(Confidence.LOW);

  private static final Map<String, List<String>> SECTIONS = Map.of("summary", PostmortemMarkdown.SUMMARY,
      "timeline", PostmortemMarkdown.TIMELINE, "detection", PostmortemMarkdown.DETECTION,
      "rootCause", PostmortemMarkdown.ROOT_CAUSE, "resolution", PostmortemMarkdown.RESOLUTION,
      "impact", PostmortemMarkdown.IMPACT, "actionItems", PostmortemMarkdown.ACTION_ITEMS,
      "lessonsLearned", PostmortemMarkdown.LESSONS);

  /** At most this many findings per document; the rest are counted in one last finding. */
  static final int MAX_FINDINGS = 100;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Postmortem pm, RuleContext context) {
    if (context.source().isPresent()) {
      checkSource(context.source().get(), context);
      return;
    }
    pm.summary().ifPresent(t -> scan(t, false, DocPath.of("summary"), context));
    for (int i = 0; i < pm.timeline().size(); i++) {
      scan(pm.timeline().get(i).description(), false, DocPath.of("timeline").index(i).key("description"), context);
    }
    pm.detection().ifPresent(t -> scan(t, false, DocPath.of("detection"), context));
    scan(pm.rootCause(), true, DocPath.of("rootCause"), context);
    pm.resolution().ifPresent(t -> scan(t, false, DocPath.of("resolution"), context));
    scan(pm.impact(), false, DocPath.of("impact"), context);
    List<ActionItem> items = pm.actionItems();
    for (int i = 0; i < items.size(); i++) {
      scan(items.get(i).action(), false, DocPath.of("actionItems").index(i).key("action"), context);
    }
    pm.lessonsLearned().ifPresent(l -> {
      for (int i = 0; i < l.wentWrong().size(); i++) {
        scan(l.wentWrong().get(i), false, DocPath.of("lessonsLearned", "wentWrong").index(i), context);
      }
    });
    for (int i = 0; i < pm.otherSections().size(); i++) {
      scan(pm.otherSections().get(i).body(), false, DocPath.of("otherSections").index(i).key("body"), context);
    }
  }

  private static void scan(String text, boolean rootCause, DocPath path, RuleContext context) {
    for (BlamelessLanguage.Hit hit : BlamelessLanguage.standard().scan(text, rootCause)) {
      context.report(path, BlamelessLanguage.message(hit), hit.phrase().instead());
    }
  }

  private static void checkSource(SourceFile source, RuleContext context) {
    MarkdownSource md = context.facts(MarkdownSource.class,
        () -> MarkdownSource.read(source, PostmortemMarkdown.FRONT_MATTER_RULE));
    Optional<MarkdownSource.Section> rootCause = md.section(PostmortemMarkdown.ROOT_CAUSE);
    java.util.TreeMap<Integer, DocPath> sections = sectionPaths(md);
    int reported = 0;
    for (MarkdownSource.Block block : md.blocks()) {
      if (block.node() instanceof FencedCodeBlock || block.node() instanceof IndentedCodeBlock
          || block.node() instanceof HtmlBlock || block.node() instanceof BlockQuote) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      List<Integer> lineStarts = new java.util.ArrayList<>();
      for (int line = block.firstLine(); line <= block.lastLine(); line++) {
        text.append(line > block.firstLine() ? "\n" : "");
        lineStarts.add(text.length());
        text.append(source.line(line));
      }
      boolean inRootCause = rootCause.isPresent() && block.firstLine() > rootCause.get().headingLine()
          && block.firstLine() < rootCause.get().endLine();
      java.util.Map.Entry<Integer, DocPath> section = sections.lowerEntry(block.firstLine());
      DocPath path = section == null ? DocPath.root() : section.getValue();
      for (BlamelessLanguage.Hit hit : BlamelessLanguage.standard().scan(text.toString(), inRootCause)) {
        if (++reported > MAX_FINDINGS) {
          continue;
        }
        int index = java.util.Collections.binarySearch(lineStarts, hit.offset());
        int lineIndex = index >= 0 ? index : -index - 2;
        int column = hit.offset() - lineStarts.get(lineIndex) + 1;
        context.report(md.at(block.firstLine() + lineIndex, column), path, BlamelessLanguage.message(hit),
            hit.phrase().instead());
      }
    }
    if (reported > MAX_FINDINGS) {
      context.report(DocPath.root(), (reported - MAX_FINDINGS) + " more blaming phrases are not listed (at most "
          + MAX_FINDINGS + " per document)", "rewrite the document in terms of systems and conditions");
    }
  }

  /** The document path of the known section that each heading line starts (root for unknown sections). */
  private static java.util.TreeMap<Integer, DocPath> sectionPaths(MarkdownSource md) {
    java.util.TreeMap<Integer, DocPath> out = new java.util.TreeMap<>();
    for (MarkdownSource.Section section : md.sections()) {
      for (Map.Entry<String, List<String>> known : SECTIONS.entrySet()) {
        if (known.getValue().contains(section.key())) {
          out.put(section.headingLine(), DocPath.of(known.getKey()));
        }
      }
    }
    return out;
  }
}
