package dev.devopskit.docs.internal.markdown;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.SourceMap;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.docs.markdown.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Paragraph;

/**
 * The house style of the Markdown devops-docs writes: YAML front matter, ATX headings with one blank line around
 * them, tables with a single space inside each cell, fenced code blocks with a language, one final line break.
 * Every output passes markdownlint's default rules.
 */
public final class MarkdownText {
  private final StringBuilder out = new StringBuilder();

  /** Starts a document with front matter (may be empty for none). */
  public static MarkdownText withFrontMatter(YamlMapping frontMatter) {
    MarkdownText text = new MarkdownText();
    if (!frontMatter.isEmpty()) {
      text.out.append("---\n").append(Yaml.write(frontMatter)).append("---\n");
    }
    return text;
  }

  /** A heading at a level. */
  public MarkdownText heading(int level, String title) {
    blankLine();
    out.append("#".repeat(level)).append(' ').append(title.strip()).append('\n');
    return this;
  }

  /**
   * Markdown text (paragraphs, lists, code), or a comment placeholder when the text is blank. Paragraphs are
   * wrapped at {@value #WIDTH} columns; other blocks are written as given.
   */
  public MarkdownText body(String markdown, String placeholder) {
    if (markdown.isBlank()) {
      return comment(placeholder);
    }
    MarkdownSource parsed = MarkdownSource.read(SourceFile.of("", markdown), "markdown/front-matter");
    int written = 0;
    for (MarkdownSource.Block block : parsed.blocks()) {
      blankLine();
      written++;
      if (block.node() instanceof Paragraph) {
        StringBuilder joined = new StringBuilder();
        for (int line = block.firstLine(); line <= block.lastLine(); line++) {
          joined.append(line > block.firstLine() ? " " : "").append(parsed.source().line(line).strip());
        }
        out.append(wrap(joined.toString(), "", "")).append('\n');
      } else {
        for (int line = block.firstLine(); line <= block.lastLine(); line++) {
          out.append(parsed.source().line(line).stripTrailing()).append('\n');
        }
      }
    }
    if (written == 0) {
      return comment(placeholder);
    }
    return this;
  }

  /** An HTML comment: a hint for the person filling in the document, invisible when rendered. */
  public MarkdownText comment(String text) {
    blankLine();
    // Inside a comment any line start is safe, so the closing marker may begin a line.
    out.append(wrap("<!-- " + text.replace("--", "- -") + " -->", "", "", false)).append('\n');
    return this;
  }

  /** A paragraph of one line, wrapped. */
  public MarkdownText paragraph(String text) {
    blankLine();
    out.append(wrap(text.strip(), "", "")).append('\n');
    return this;
  }

  /**
   * Wraps text at {@value #WIDTH} columns at spaces, never starting a line with something Markdown would read as
   * a list marker, heading, quote or table.
   */
  public static String wrap(String text, String firstPrefix, String nextPrefix) {
    return wrap(text, firstPrefix, nextPrefix, true);
  }

  private static String wrap(String text, String firstPrefix, String nextPrefix, boolean guardBlocks) {
    String[] words = text.strip().split(" +");
    StringBuilder out = new StringBuilder(firstPrefix);
    int lineLength = firstPrefix.length();
    boolean lineEmpty = true;
    for (String word : words) {
      if (!lineEmpty && lineLength + 1 + word.length() > WIDTH && !(guardBlocks && startsBlock(word))) {
        out.append('\n').append(nextPrefix).append(word);
        lineLength = nextPrefix.length() + word.length();
      } else {
        out.append(lineEmpty ? "" : " ").append(word);
        lineLength += (lineEmpty ? 0 : 1) + word.length();
      }
      lineEmpty = false;
    }
    return out.toString();
  }

  private static boolean startsBlock(String word) {
    return word.matches("[-+*>#|=`~<].*|[0-9]+[.)].*|_+");
  }

  /** The column markdownlint's line-length rule allows by default. */
  public static final int WIDTH = 80;

  /** A bullet list, or the placeholder when it is empty. */
  public MarkdownText bullets(List<String> items, String placeholder) {
    if (items.isEmpty()) {
      return comment(placeholder);
    }
    blankLine();
    for (String item : items) {
      out.append(wrap(item.replace('\n', ' '), "- ", "  ")).append('\n');
    }
    return this;
  }

  /** A table with a header row; cells are escaped so a pipe stays inside its cell. */
  public MarkdownText table(List<String> header, List<List<String>> rows) {
    blankLine();
    int mark = out.length();
    row(header);
    out.append('|');
    for (int i = 0; i < header.size(); i++) {
      out.append(" --- |");
    }
    out.append('\n');
    for (List<String> row : rows) {
      row(row);
    }
    if (out.substring(mark).lines().anyMatch(line -> line.length() > WIDTH)) {
      // A table row cannot be wrapped: markdownlint's own inline switch lifts the line-length rule for the table
      // only, so the prose around it is still held to it.
      out.insert(mark, "<!-- markdownlint-disable MD013 -->\n\n");
      out.append("\n<!-- markdownlint-enable MD013 -->\n");
    }
    return this;
  }

  private void row(List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      String escaped = cell.strip().replace("|", "\\|");
      out.append(escaped.isEmpty() ? " |" : " " + escaped + " |");
    }
    out.append('\n');
  }

  /** A fenced code block; the fence is longer than any backtick run inside. */
  public MarkdownText code(CodeBlock block) {
    blankLine();
    int longest = 0;
    int run = 0;
    for (char c : block.code().toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    String language = block.language().isEmpty() ? "text" : block.language();
    boolean wide = block.code().lines().anyMatch(line -> line.length() > WIDTH);
    if (wide) {
      // Code cannot be rewrapped without changing it: lift the line-length rule for this block only.
      out.append("<!-- markdownlint-disable MD013 -->\n\n");
    }
    out.append(fence).append(language).append('\n').append(block.code().stripTrailing()).append('\n')
        .append(fence).append('\n');
    if (wide) {
      out.append("\n<!-- markdownlint-enable MD013 -->\n");
    }
    return this;
  }

  private void blankLine() {
    if (out.length() > 0) {
      out.append('\n');
    }
  }

  /** The text, ending with exactly one line break. */
  public String text() {
    String text = out.toString();
    return text.endsWith("\n") ? text : text + "\n";
  }

  /** A source map over a path-to-span table built by a reader. */
  public static SourceMap sourceMap(Map<DocPath, Span> spans) {
    Map<DocPath, Span> copy = new LinkedHashMap<>(spans);
    return path -> Optional.ofNullable(copy.get(path));
  }
}
