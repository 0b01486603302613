package dev.devopskit.docs.internal.markdown;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown file split into what the document readers need: the YAML front matter (read by devops-core, with
 * lines that match the file), the headings as sections with line ranges, and the tables, lists and fenced code
 * blocks inside each section with their lines. Never throws: a broken front matter is a finding.
 */
public final class MarkdownSource {
  /** Lines beyond which a document is not parsed (a finding says so). */
  static final int MAX_LINES = 20_000;
  /** Characters beyond which a document is not parsed: the size {@code devops check} reads a file up to. */
  static final int MAX_CHARS = 5 * 1024 * 1024;

  /** A document over {@link #MAX_LINES}. */
  private static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  private final SourceFile source;
  private final String frontMatterRule;
  private final Optional<YamlDocument> frontMatter;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final int lineCount;
  private int[] firstLines = new int[0];

  /** A top-level block with its first and last line (1-based, inclusive). */
  public record Block(Node node, int firstLine, int lastLine) {}

  /** A heading and the lines it governs: from the line after it up to (not including) {@code endLine}. */
  public record Section(String title, int level, int headingLine, int endLine, String key) {
    /** A section; its key is the title normalised for matching (lower case, letters, digits, single spaces). */
    public Section(String title, int level, int headingLine, int endLine) {
      this(title, level, headingLine, endLine, normalise(title));
    }
  }

  /** A table row: its line and raw cells (pipes unescaped, trimmed), with each cell's column. */
  public record Row(int line, List<String> cells, List<Integer> columns) {
    /** The cell at an index, or empty text when the row is shorter. */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }

    /** The 1-based column of a cell, or 1. */
    public int column(int index) {
      return index < columns.size() ? columns.get(index) : 1;
    }
  }

  /** A table: header row and body rows. */
  public record Table(Row header, List<Row> rows) {}

  /** A list item: its line and raw text (continuation lines joined with a line break). */
  public record Item(int line, String text, Node node) {}

  /** A fenced code block: its line, info string (language) and content. */
  public record Code(int line, String language, String content) {}

  private MarkdownSource(SourceFile source, String frontMatterRule) {
    this.source = source;
    this.frontMatterRule = frontMatterRule;
    this.lineCount = source.lineCount();
    String text = source.text().startsWith("\uFEFF") ? " " + source.text().substring(1) : source.text();
    int frontMatterEnd = frontMatterEnd(text);
    Optional<YamlDocument> yaml = Optional.empty();
    if (frontMatterEnd == -2) {
      findings.add(finding(frontMatterRule, 1, "the front matter that starts on line 1 is never closed",
          "end the front matter with a line '---'"));
    } else if (frontMatterEnd > 0) {
      StringBuilder yamlText = new StringBuilder("\n");
      for (int line = 2; line < frontMatterEnd; line++) {
        yamlText.append(source.line(line)).append('\n');
      }
      Parsed<YamlDocument> parsed = Yaml.read(SourceFile.of(source.path(), yamlText.toString()));
      findings.addAll(parsed.findings());
      yaml = parsed.value();
    }
    this.frontMatter = yaml;
    Node document;
    try {
      if (lineCount > MAX_LINES || text.length() > MAX_CHARS) {
        // The table extension re-reads a paragraph's lines at each new line (quadratic): bound the input instead.
        throw new TooLong();
      }
      document = PARSER.parse(text);
      if (frontMatterEnd > 0 && !(document.getFirstChild() instanceof YamlFrontMatterBlock)) {
        document = PARSER.parse(blankLines(text, frontMatterEnd));
      }
    } catch (TooLong e) {
      findings.add(finding(frontMatterRule.substring(0, frontMatterRule.indexOf('/')) + "/syntax", 1,
          lineCount > MAX_LINES
              ? "the file has " + lineCount + " lines, more than the " + MAX_LINES + " a Markdown document is read with"
              : "the file has " + text.length() + " characters, more than the " + MAX_CHARS
                  + " a Markdown document is read with",
          "split the document"));
      document = new org.commonmark.node.Document();
    } catch (RuntimeException | StackOverflowError e) {
      // Deeply nested emphasis or brackets can exhaust the parser's stack: a finding, never a crash.
      findings.add(finding(frontMatterRule.substring(0, frontMatterRule.indexOf('/')) + "/syntax", 1,
          "the Markdown could not be parsed (" + (e instanceof StackOverflowError ? "nested too deeply"
              : e.getClass().getSimpleName()) + ")", "simplify the nesting of emphasis, lists or quotes"));
      document = new org.commonmark.node.Document();
    }
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof YamlFrontMatterBlock) {
        continue;
      }
      List<SourceSpan> spans = node.getSourceSpans();
      if (spans.isEmpty()) {
        continue;
      }
      int first = spans.get(0).getLineIndex() + 1;
      int last = spans.get(spans.size() - 1).getLineIndex() + 1;
      if (frontMatterEnd > 0 && first <= frontMatterEnd) {
        continue;
      }
      blocks.add(new Block(node, first, last));
    }
    firstLines = blocks.stream().mapToInt(Block::firstLine).toArray();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).node() instanceof Heading) {
        Heading heading = (Heading) blocks.get(i).node();
        int end = lineCount + 1;
        for (int j = i + 1; j < blocks.size(); j++) {
          if (blocks.get(j).node() instanceof Heading && ((Heading) blocks.get(j).node()).getLevel() <= heading.getLevel()) {
            end = blocks.get(j).firstLine();
            break;
          }
        }
        sections.add(new Section(inlineText(heading), heading.getLevel(), blocks.get(i).firstLine(), end));
      }
    }
  }

  /**
   * Reads a Markdown file; front-matter problems are reported under {@code frontMatterRule}. Rules that walk the
   * blocks of the file they check read it once per file through {@code RuleContext.facts}; the value is read-only
   * once built.
   */
  public static MarkdownSource read(SourceFile source, String frontMatterRule) {
    return new MarkdownSource(source, frontMatterRule);
  }

  /** -1: no front matter; -2: not closed; else the 1-based line of the closing marker. */
  private static int frontMatterEnd(String text) {
    // Line by line from the start, not a split of the whole text: most documents have no front matter.
    java.util.regex.Matcher breaks = LINE_BREAK.matcher(text);
    int start = 0;
    int line = 0;
    while (true) {
      boolean more = breaks.find();
      String current = text.substring(start, more ? breaks.start() : text.length()).strip();
      line++;
      if (line == 1 && !current.equals("---")) {
        return -1;
      }
      if (line > 1 && (current.equals("---") || current.equals("..."))) {
        return line;
      }
      if (!more) {
        return -2;
      }
      start = breaks.end();
    }
  }

  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r\n|\r|\n");

  private static String blankLines(String text, int throughLine) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      out.append(i < throughLine ? "" : lines[i]);
      if (i + 1 < lines.length) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private Finding finding(String rule, int line, String message, String fix) {
    return Finding.builder().ruleId(rule).severity(Severity.ERROR).message(message)
        .location(new Location(source.path(), Optional.of(Span.line(source, line)), DocPath.root()))
        .fix(Optional.ofNullable(fix)).build();
  }

  /** Heading text normalised for matching. */
  public static String normalise(String title) {
    String lower = LEADING_NUMBER.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("");
    return NOT_WORD.matcher(lower).replaceAll(" ").strip();
  }

  private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^[0-9. )]+");
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The text of a heading or paragraph's inline content, without Markdown markup. */
  public static String inlineText(Node node) {
    StringBuilder out = new StringBuilder();
    collectText(node, out);
    return out.toString().strip();
  }

  private static void collectText(Node node, StringBuilder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text) {
        out.append(((Text) child).getLiteral());
      } else if (child instanceof org.commonmark.node.Code) {
        out.append(((org.commonmark.node.Code) child).getLiteral());
      } else if (child instanceof org.commonmark.node.SoftLineBreak || child instanceof org.commonmark.node.HardLineBreak) {
        out.append(' ');
      } else {
        collectText(child, out);
      }
    }
  }

  /** The file. */
  public SourceFile source() {
    return source;
  }

  /** The front matter, when the file has one that could be read. */
  public Optional<YamlDocument> frontMatter() {
    return frontMatter;
  }

  /** The front matter's top-level mapping, when there is one. */
  public Optional<YamlMapping> frontMatterMapping() {
    return frontMatter.flatMap(YamlDocument::root).flatMap(n -> n.asMapping());
  }

  /** Whether the file starts with a front matter block. */
  public boolean hasFrontMatter() {
    return frontMatterEnd(source.text()) > 0;
  }

  /** Findings about the front matter and the Markdown itself. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** Every heading as a section, in order. */
  public List<Section> sections() {
    return List.copyOf(sections);
  }

  /** The first level-1 heading, if any. */
  public Optional<Section> title() {
    return sections.stream().filter(s -> s.level() == 1).findFirst();
  }

  /** The first section whose normalised title matches, at any level. */
  public Optional<Section> section(Predicate<String> key) {
    return sections.stream().filter(s -> key.test(s.key())).findFirst();
  }

  /** The first section with one of these normalised titles, at any level. */
  public Optional<Section> section(List<String> keys) {
    return section(keys::contains);
  }

  /** The sections one level below a section (or deeper, when the document skips levels), in order. */
  public List<Section> subsections(Section parent) {
    List<Section> out = new ArrayList<>();
    int childLevel = Integer.MAX_VALUE;
    for (Section s : sections) {
      if (s.headingLine() > parent.headingLine() && s.headingLine() < parent.endLine() && s.level() > parent.level()) {
        childLevel = Math.min(childLevel, s.level());
      }
    }
    for (Section s : sections) {
      if (s.headingLine() > parent.headingLine() && s.headingLine() < parent.endLine() && s.level() == childLevel) {
        out.add(s);
      }
    }
    return out;
  }

  /** The top-level blocks between a section's heading and its first subsection (or its end). */
  public List<Block> ownBlocks(Section section) {
    List<Block> out = new ArrayList<>();
    for (Block block : between(section.headingLine(), section.endLine())) {
      if (block.node() instanceof Heading) {
        break;
      }
      out.add(block);
    }
    return out;
  }

  /** The blocks of the whole section, subsections included. */
  public List<Block> blocks(Section section) {
    return between(section.headingLine(), section.endLine());
  }

  /** The blocks whose first line is after {@code afterLine} and before {@code beforeLine} (binary search). */
  private List<Block> between(int afterLine, int beforeLine) {
    int low = 0;
    int high = firstLines.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (firstLines[mid] <= afterLine) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int end = low;
    while (end < firstLines.length && firstLines[end] < beforeLine) {
      end++;
    }
    return blocks.subList(low, end);
  }

  /** All top-level blocks. */
  public List<Block> blocks() {
    return List.copyOf(blocks);
  }

  /**
   * The Markdown of blocks in canonical form, with the line of its first block (the fallback line when there are
   * none): HTML comments left out, paragraphs unwrapped to one line each, other blocks (lists, code, tables,
   * quotes) as written, one blank line between blocks.
   */
  public Body body(List<Block> of, int fallbackLine) {
    List<String> parts = new ArrayList<>();
    int firstLine = -1;
    for (Block block : of) {
      if (isComment(block.node())) {
        continue;
      }
      if (firstLine < 0) {
        firstLine = block.firstLine();
      }
      parts.add(blockText(block));
    }
    return new Body(String.join("\n\n", parts).strip(), firstLine < 0 ? fallbackLine : firstLine);
  }

  private String blockText(Block block) {
    StringBuilder out = new StringBuilder();
    boolean paragraph = block.node() instanceof Paragraph;
    for (int line = block.firstLine(); line <= block.lastLine(); line++) {
      if (line > block.firstLine()) {
        out.append(paragraph ? ' ' : '\n');
      }
      out.append(paragraph ? source.line(line).strip() : source.line(line).stripTrailing());
    }
    return out.toString();
  }

  /** Raw Markdown text and the line it starts on. */
  public record Body(String text, int line) {}

  private static boolean isComment(Node node) {
    return node instanceof HtmlBlock && ((HtmlBlock) node).getLiteral().strip().startsWith("<!--")
        && ((HtmlBlock) node).getLiteral().strip().endsWith("-->");
  }

  /** The first table among blocks. */
  public Optional<Table> table(List<Block> of) {
    for (Block block : of) {
      if (block.node() instanceof TableBlock) {
        int bodyRows = 0;
        for (Node child = block.node().getFirstChild(); child != null; child = child.getNext()) {
          if (child instanceof TableBody) {
            for (Node row = child.getFirstChild(); row != null; row = row.getNext()) {
              bodyRows++;
            }
          }
        }
        Row header = row(block.firstLine());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bodyRows && block.firstLine() + 2 + i <= lineCount; i++) {
          rows.add(row(block.firstLine() + 2 + i));
        }
        return Optional.of(new Table(header, rows));
      }
    }
    return Optional.empty();
  }

  private Row row(int line) {
    String text = source.line(line);
    List<String> cells = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < n && text.charAt(i) == '|') {
      i++;
    }
    StringBuilder cell = new StringBuilder();
    int cellStart = i;
    boolean trailingPipe = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        addCell(cells, columns, cell, text, cellStart);
        cell.setLength(0);
        cellStart = i + 1;
        trailingPipe = text.substring(i + 1).isBlank();
        if (trailingPipe) {
          break;
        }
      } else {
        cell.append(c);
      }
    }
    if (!trailingPipe && (cell.length() > 0 || cells.isEmpty())) {
      addCell(cells, columns, cell, text, cellStart);
    }
    return new Row(line, cells, columns);
  }

  private static void addCell(List<String> cells, List<Integer> columns, StringBuilder cell, String line, int start) {
    int column = start;
    while (column < line.length() && line.charAt(column) == ' ') {
      column++;
    }
    cells.add(cell.toString().strip());
    columns.add(column + 1);
  }

  /** The items of the first bullet or ordered list among blocks. */
  public List<Item> listItems(List<Block> of) {
    for (Block block : of) {
      if (block.node() instanceof BulletList || block.node() instanceof OrderedList) {
        List<Item> items = new ArrayList<>();
        for (Node item = block.node().getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem && !item.getSourceSpans().isEmpty()) {
            items.add(new Item(item.getSourceSpans().get(0).getLineIndex() + 1, itemText(item), item));
          }
        }
        return items;
      }
    }
    return List.of();
  }

  private String itemText(Node item) {
    List<SourceSpan> spans = item.getSourceSpans();
    StringBuilder out = new StringBuilder();
    int contentOffset = ((ListItem) item).getContentIndent() == null ? 2 : ((ListItem) item).getContentIndent();
    for (int i = 0; i < spans.size(); i++) {
      String line = source.line(spans.get(i).getLineIndex() + 1);
      String content = i == 0 ? line.substring(Math.min(line.length(), contentOffset)) : line.strip();
      if (i > 0) {
        out.append(' ');
      }
      out.append(content.strip());
    }
    return out.toString().strip();
  }

  /** The fenced code blocks among blocks. */
  public List<Code> codeBlocks(List<Block> of) {
    List<Code> out = new ArrayList<>();
    for (Block block : of) {
      if (block.node() instanceof FencedCodeBlock) {
        FencedCodeBlock code = (FencedCodeBlock) block.node();
        String literal = code.getLiteral() == null ? "" : code.getLiteral();
        if (literal.endsWith("\n")) {
          literal = literal.substring(0, literal.length() - 1);
        }
        String info = code.getInfo() == null ? "" : code.getInfo().strip();
        out.add(new Code(block.firstLine(), info.isEmpty() ? "" : info.split("\\s+")[0], literal));
      }
    }
    return out;
  }

  /** The 1-based line of a node's first source span, or the fallback. */
  public static int lineOf(Node node, int fallback) {
    return node.getSourceSpans().isEmpty() ? fallback : node.getSourceSpans().get(0).getLineIndex() + 1;
  }

  /** A span covering one line of the file. */
  public Span line(int line) {
    return Span.line(source, line);
  }

  /** A span starting at a line and column and running to the end of that line. */
  public Span at(int line, int column) {
    int clamped = Math.max(1, Math.min(line, lineCount));
    int start = source.offset(clamped, column);
    return source.span(start, source.lineEnd(clamped));
  }
}
