package dev.devopskit.core.yaml;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Position;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.value.ValueText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds a {@link YamlDocument} from snakeyaml-engine's parser events.
 *
 * <p>The events carry marks for every node; composing the tree here (rather than with the library's composer)
 * lets us resolve aliases and merge keys, report duplicate keys, and bound depth and alias expansion with findings
 * instead of exceptions. The composer works with an explicit stack, so deep nesting cannot overflow the thread's
 * stack.
 */
final class YamlTreeReader {
  public static final String SYNTAX = "yaml/syntax";
  public static final String DUPLICATE_KEY = "yaml/duplicate-key";
  public static final String LIMIT = "yaml/limit-exceeded";

  private final SourceFile source;
  private final YamlLimits limits;
  private final int bomShift;
  private final List<Finding> findings = new ArrayList<>();
  private final List<YamlComment> comments = new ArrayList<>();
  private final Map<String, YamlNode> anchors = new HashMap<>();
  /** The weight of each collection read, for the limits on what aliases expand to. */
  private final IdentityHashMap<YamlNode, Weight> weights = new IdentityHashMap<>();
  private long expandedNodes;
  /** At most this many duplicate keys are reported one by one; one more finding counts the rest. */
  static final int MAX_DUPLICATE_FINDINGS = 100;
  private int duplicates;
  private Location firstUnlistedDuplicate;
  private long expandedChars;
  private int lastLine;
  private int lastColumn;
  private int lastOffset;
  /** Whether the text holds a surrogate pair: only then does a code-point column differ from a character offset. */
  private final boolean surrogates;

  private YamlTreeReader(SourceFile source, YamlLimits limits) {
    this.source = source;
    this.limits = limits;
    this.bomShift = source.text().startsWith("\uFEFF") ? 1 : 0;
    this.surrogates = hasSurrogate(source.text());
  }

  /**
   * Whether the text holds a surrogate pair, the one thing that makes a code-point column differ from a character
   * count (a lone surrogate counts as one of each). Counting code points costs nothing for a text of Latin-1 only.
   */
  private static boolean hasSurrogate(String text) {
    return text.codePointCount(0, text.length()) != text.length();
  }

  /** Reads the first document of a source. */
  public static Result read(SourceFile source, YamlLimits limits) {
    if (source.text().length() > limits.maxChars()) {
      Finding tooBig = Finding.of(LIMIT, Severity.ERROR,
          "file has " + source.text().length() + " characters, more than the limit of " + limits.maxChars()
              + "; split it or raise the limit",
          Location.of(source.path(), Span.at(source.position(0)), DocPath.root()));
      return new Result(new YamlDocument(source, null, List.of()), List.of(tooBig));
    }
    Result withComments = new YamlTreeReader(source, limits).run(true);
    boolean broken = false;
    for (Finding finding : withComments.findings()) {
      broken |= finding.ruleId().equals(SYNTAX);
    }
    // The parser's comment support is younger than the rest of it: when a file breaks with comments on, read it
    // again without them, so that a valid file is never rejected for its comments (it then has none).
    return broken ? new YamlTreeReader(source, limits).run(false) : withComments;
  }

  /** The document and the findings about its syntax. */
  public record Result(YamlDocument document, List<Finding> findings) {
    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  private static final class Frame {
    final CollectionStartEvent start;
    final boolean mapping;
    final List<YamlNode> items = new ArrayList<>();
    final List<YamlScalar> keys = new ArrayList<>();
    YamlScalar pendingKey;
    boolean expectKey = true;

    Frame(CollectionStartEvent start, boolean mapping) {
      this.start = start;
      this.mapping = mapping;
    }
  }

  /**
   * Parser settings by comment parsing and code point limit. Building them builds the engine's JSON schema (tags,
   * resolver patterns), so they are made once and shared: they are immutable, and the reader never shows their
   * label (findings name the file themselves).
   */
  private static final Map<Long, LoadSettings> SETTINGS = new ConcurrentHashMap<>();

  private static LoadSettings settings(boolean parseComments, int codePointLimit) {
    long key = ((long) codePointLimit << 1) | (parseComments ? 1 : 0);
    // A plain get first: every file asks, and only the first ask of each kind builds (once: threads that ask
    // meanwhile wait for it rather than build their own).
    LoadSettings settings = SETTINGS.get(key);
    if (settings != null) {
      return settings;
    }
    if (SETTINGS.size() > 64) {
      SETTINGS.clear();
    }
    return SETTINGS.computeIfAbsent(key, k -> LoadSettings.builder()
        .setLabel("yaml")
        .setParseComments(parseComments)
        .setCodePointLimit(codePointLimit)
        .setMaxAliasesForCollections(Integer.MAX_VALUE)
        .build());
  }

  private Result run(boolean parseComments) {
    String text = bomShift == 1 ? source.text().substring(1) : source.text();
    LoadSettings settings = settings(parseComments, Math.max(limits.maxChars() + 16, 1024));
    Deque<Frame> stack = new ArrayDeque<>();
    YamlNode root = null;
    int documents = 0;
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      while (parser.hasNext()) {
        Event event = parser.next();
        switch (event.getEventId()) {
          case DocumentStart:
            documents++;
            if (documents == 2) {
              findings.add(Finding.of(SYNTAX, Severity.WARNING,
                  "file holds more than one YAML document; only the first is read",
                  location(event.getStartMark(), DocPath.root())));
            }
            break;
          case Comment:
            if (documents <= 1 && ((CommentEvent) event).getCommentType() != CommentType.BLANK_LINE) {
              CommentEvent comment = (CommentEvent) event;
              comments.add(new YamlComment(comment.getValue(), span(event)));
            }
            break;
          case MappingStart:
          case SequenceStart:
            if (documents > 1) {
              break;
            }
            if (stack.size() >= limits.maxDepth()) {
              findings.add(Finding.of(LIMIT, Severity.ERROR,
                  "collections are nested more than " + limits.maxDepth() + " levels deep; flatten the structure",
                  location(event.getStartMark(), DocPath.root())));
              return new Result(new YamlDocument(source, unwind(stack, root), comments), allFindings());
            }
            stack.push(new Frame((CollectionStartEvent) event, event.getEventId() == Event.ID.MappingStart));
            break;
          case MappingEnd:
          case SequenceEnd:
            if (documents > 1) {
              break;
            }
            Frame done = stack.pop();
            YamlNode node = close(done, event.getEndMark());
            root = attach(stack, node, root);
            break;
          case Scalar:
            if (documents > 1) {
              break;
            }
            YamlScalar scalar = scalar((ScalarEvent) event);
            register(((NodeEvent) event).getAnchor(), scalar);
            root = attach(stack, scalar, root);
            break;
          case Alias:
            if (documents > 1) {
              break;
            }
            AliasEvent alias = (AliasEvent) event;
            String name = alias.getAlias().getValue();
            YamlNode target = anchors.get(name);
            if (target == null) {
              findings.add(Finding.of(SYNTAX, Severity.ERROR,
                  "alias *" + name + " refers to no anchor defined before it; define &" + name + " first",
                  location(event.getStartMark(), DocPath.root())));
              target = YamlScalar.nullValue();
            }
            expandedNodes += weight(target);
            expandedChars += textWeight(target);
            if (expandedChars > limits.maxChars()) {
              // A long value repeated through many aliases: the text every rule would then scan grows with the
              // product, which the node count alone does not see.
              findings.add(Finding.of(LIMIT, Severity.ERROR,
                  "aliases expand to more than " + limits.maxChars() + " characters of text (a long value repeated "
                      + "through many aliases?); reduce the aliasing",
                  location(event.getStartMark(), DocPath.root())));
              return aliasBomb();
            }
            if (expandedNodes > limits.maxNodes()) {
              findings.add(Finding.of(LIMIT, Severity.ERROR,
                  "aliases expand to more than " + limits.maxNodes() + " nodes (an alias bomb?); reduce the aliasing",
                  location(event.getStartMark(), DocPath.root())));
              return aliasBomb();
            }
            root = attach(stack, target, root);
            break;
          default:
            break;
        }
      }
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
      findings.add(Finding.of(SYNTAX, Severity.ERROR, describe(e), location(mark, DocPath.root())));
      root = unwind(stack, root);
    } catch (ReaderException e) {
      findings.add(Finding.builder().ruleId(SYNTAX).severity(Severity.ERROR)
          .message(String.format(java.util.Locale.ROOT, "character U+%04X is not allowed in YAML", e.getCodePoint()))
          .fix("remove it, or write it as an escape such as \\u0000 inside a double-quoted string")
          .location(Location.of(source.path(), Span.at(source.position(offsetOfCodePoint(e.getPosition()))),
              DocPath.root()))
          .build());
      root = unwind(stack, root);
    } catch (YamlEngineException | IllegalStateException | IllegalArgumentException e) {
      findings.add(Finding.of(SYNTAX, Severity.ERROR, "YAML could not be read: " + firstLine(e.getMessage()),
          Location.of(source.path(), Span.at(source.position(0)), DocPath.root())));
      root = unwind(stack, root);
    }
    return new Result(new YamlDocument(source, root, comments), allFindings());
  }

  /**
   * The result of a file whose aliases expand past a limit: no tree, since what was expanded so far is already as
   * large as the limit and every rule would walk it (a million strings to scan and write), only the finding.
   */
  private List<Finding> allFindings() {
    if (duplicates > MAX_DUPLICATE_FINDINGS) {
      List<Finding> all = new ArrayList<>(findings);
      all.add(Finding.builder().ruleId(DUPLICATE_KEY).severity(Severity.ERROR)
          .message((duplicates - MAX_DUPLICATE_FINDINGS) + " more duplicate keys from here on are not listed (at most "
              + MAX_DUPLICATE_FINDINGS + " per file)")
          .fix("remove the repeated keys; a file that repeats keys this often is usually generated wrongly")
          .location(firstUnlistedDuplicate).build());
      return all;
    }
    return findings;
  }

  private Result aliasBomb() {
    return new Result(new YamlDocument(source, null, comments), allFindings());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().trim();
    String context = e.getContext() == null ? "" : e.getContext().trim();
    String hint = "";
    if (problem.contains("'\\t") || problem.toLowerCase(java.util.Locale.ROOT).contains("tab")) {
      hint = "; indent with spaces, YAML does not allow tabs for indentation";
    } else if (problem.contains("mapping values are not allowed")) {
      hint = "; check the indentation, or quote a value that contains ': '";
    } else if (problem.contains("expected <block end>")) {
      hint = "; check the indentation of this line against the lines above";
    } else if (problem.contains("could not find expected ':'")) {
      hint = "; a key needs ': ' after it, or a multi-line value needs '|'";
    }
    return (context.isEmpty() ? "" : context + ": ") + problem + hint;
  }

  private YamlNode unwind(Deque<Frame> stack, YamlNode root) {
    YamlNode current = root;
    while (!stack.isEmpty()) {
      Frame frame = stack.pop();
      YamlNode node = close(frame, Optional.empty());
      current = attach(stack, node, current);
    }
    return current;
  }

  private YamlNode attach(Deque<Frame> stack, YamlNode node, YamlNode root) {
    Frame parent = stack.peek();
    if (parent == null) {
      return root == null ? node : root;
    }
    if (!parent.mapping) {
      parent.items.add(node);
    } else if (parent.expectKey) {
      parent.pendingKey = keyOf(node);
      parent.expectKey = false;
    } else {
      parent.keys.add(parent.pendingKey);
      parent.items.add(node);
      parent.pendingKey = null;
      parent.expectKey = true;
    }
    return root;
  }

  private YamlScalar keyOf(YamlNode node) {
    if (node instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node;
      if (scalar.kind() == YamlScalar.Kind.STRING && scalar.tag().isEmpty()) {
        return scalar;
      }
      return YamlScalar.read(scalar.value(), YamlScalar.Kind.STRING, scalar.style(), scalar.span().orElse(null),
          null);
    }
    findings.add(Finding.of(SYNTAX, Severity.ERROR,
        "a " + node.kindName() + " is used as a mapping key; keys must be plain strings",
        Location.of(source.path(), node.span().orElse(Span.at(source.position(0))), DocPath.root())));
    return YamlScalar.read(node.toString(), YamlScalar.Kind.STRING, YamlScalar.Style.PLAIN,
        node.span().orElse(null), null);
  }

  private YamlNode close(Frame frame, Optional<Mark> endMark) {
    Span span = new Span(position(frame.start.getStartMark()),
        endMark.isPresent() ? position(endMark) : position(frame.start.getStartMark()));
    String tag = explicitTag(frame.start.getTag(), frame.mapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq");
    YamlNode node;
    if (frame.mapping) {
      node = mapping(frame, span, tag);
    } else {
      node = YamlSequence.read(frame.items, span, tag);
    }
    int weight = 1;
    long text = 0;
    if (node instanceof YamlMapping) {
      for (YamlMapping.Entry entry : ((YamlMapping) node).entries()) {
        weight += 1 + weight(entry.value());
        text += entry.key().value().length() + textWeight(entry.value());
      }
    } else {
      for (YamlNode item : frame.items) {
        weight += weight(item);
        text += textWeight(item);
      }
    }
    weights.put(node, new Weight(weight, text));
    register(frame.start.getAnchor(), node);
    return node;
  }

  /**
   * What a collection weighs: its nodes (itself, its keys and values, and theirs) and the characters of scalar text
   * (keys and values) under it, both counted per use of an alias.
   */
  private record Weight(int nodes, long chars) {}

  private int weight(YamlNode node) {
    if (node instanceof YamlScalar) {
      return 1;
    }
    Weight weight = weights.get(node);
    return weight != null ? weight.nodes() : 1;
  }

  private long textWeight(YamlNode node) {
    if (node instanceof YamlScalar) {
      return ((YamlScalar) node).value().length();
    }
    Weight weight = weights.get(node);
    return weight != null ? weight.chars() : 0;
  }

  /**
   * The mapping of a frame: its entries in order, without repeated keys (reported), merge keys resolved. The
   * look-up by key that finds the repeats is handed to the mapping, which then need not build its own.
   */
  private YamlMapping mapping(Frame frame, Span span, String tag) {
    List<YamlMapping.Entry> explicit = new ArrayList<>(frame.keys.size());
    List<YamlMapping> merged = new ArrayList<>(0);
    Map<String, YamlMapping.Entry> byKey = new LinkedHashMap<>();
    int mergeIndex = -1;
    for (int i = 0; i < frame.keys.size(); i++) {
      YamlScalar key = frame.keys.get(i);
      YamlNode value = frame.items.get(i);
      if (key.value().equals("<<") && key.style() == YamlScalar.Style.PLAIN) {
        mergeIndex = mergeIndex < 0 ? explicit.size() : mergeIndex;
        collectMerge(value, merged);
        continue;
      }
      if (byKey.containsKey(key.value())) {
        // A generated or hostile file can repeat keys thousands of times: list the first ones and count the rest.
        if (++duplicates > MAX_DUPLICATE_FINDINGS) {
          firstUnlistedDuplicate = firstUnlistedDuplicate != null ? firstUnlistedDuplicate
              : Location.of(source.path(), key.span().orElse(Span.at(source.position(0))), DocPath.root());
          continue;
        }
        findings.add(Finding.builder().ruleId(DUPLICATE_KEY).severity(Severity.ERROR)
            .message("key '" + key.value() + "' appears twice in this mapping; the tools that read this file reject "
                + "or silently drop one of them")
            .fix("remove or rename one of the '" + key.value() + "' entries")
            .location(Location.of(source.path(), key.span().orElse(Span.at(source.position(0))), DocPath.root()))
            .build());
        continue;
      }
      YamlMapping.Entry entry = new YamlMapping.Entry(key, value);
      explicit.add(entry);
      byKey.put(key.value(), entry);
    }
    if (merged.isEmpty()) {
      return YamlMapping.read(explicit, byKey, span, tag);
    }
    List<YamlMapping.Entry> fromMerge = new ArrayList<>();
    for (YamlMapping source : merged) {
      for (YamlMapping.Entry entry : source.entries()) {
        if (!byKey.containsKey(entry.name())) {
          byKey.put(entry.name(), entry);
          fromMerge.add(entry);
        }
      }
    }
    List<YamlMapping.Entry> result = new ArrayList<>(explicit.subList(0, mergeIndex));
    result.addAll(fromMerge);
    result.addAll(explicit.subList(mergeIndex, explicit.size()));
    // merged entries sit in the middle, so the look-up (in insertion order) is built again in the entries' order
    return YamlMapping.read(result, span, tag);
  }

  private void collectMerge(YamlNode value, List<YamlMapping> merged) {
    if (value instanceof YamlMapping) {
      merged.add((YamlMapping) value);
    } else if (value instanceof YamlSequence) {
      for (YamlNode item : ((YamlSequence) value).items()) {
        if (item instanceof YamlMapping) {
          merged.add((YamlMapping) item);
        } else {
          mergeProblem(item);
        }
      }
    } else {
      mergeProblem(value);
    }
  }

  private void mergeProblem(YamlNode node) {
    findings.add(Finding.of(SYNTAX, Severity.ERROR,
        "a merge key '<<' takes a mapping or a list of mappings, not a " + node.kindName(),
        Location.of(source.path(), node.span().orElse(Span.at(source.position(0))), DocPath.root())));
  }

  private void register(Optional<Anchor> anchor, YamlNode node) {
    if (anchor.isPresent()) {
      anchors.put(anchor.get().getValue(), node);
    }
  }

  private YamlScalar scalar(ScalarEvent event) {
    YamlScalar.Style style = style(event.getScalarStyle());
    Optional<String> tag = event.getTag();
    YamlScalar.Kind kind;
    String explicit = null;
    if (tag.isPresent() && !tag.get().equals("!")) {
      kind = kindOfTag(tag.get()).orElse(YamlScalar.Kind.STRING);
      if (kindOfTag(tag.get()).isEmpty()) {
        explicit = tag.get();
      }
    } else if (style == YamlScalar.Style.PLAIN && tag.isEmpty()) {
      kind = YamlScalar.resolvePlain(event.getValue());
    } else {
      kind = YamlScalar.Kind.STRING;
    }
    Span span = new Span(position(event.getStartMark()), position(event.getEndMark()));
    // A scalar weighs 1, the default of weight(...): only collections are entered in the weights.
    return YamlScalar.read(event.getValue(), kind, style, span, explicit);
  }

  private static Optional<YamlScalar.Kind> kindOfTag(String tag) {
    switch (tag) {
      case "tag:yaml.org,2002:str":
        return Optional.of(YamlScalar.Kind.STRING);
      case "tag:yaml.org,2002:int":
        return Optional.of(YamlScalar.Kind.INTEGER);
      case "tag:yaml.org,2002:float":
        return Optional.of(YamlScalar.Kind.FLOAT);
      case "tag:yaml.org,2002:bool":
        return Optional.of(YamlScalar.Kind.BOOLEAN);
      case "tag:yaml.org,2002:null":
        return Optional.of(YamlScalar.Kind.NULL);
      default:
        return Optional.empty();
    }
  }

  private static String explicitTag(Optional<String> tag, String standard) {
    if (tag.isEmpty() || tag.get().equals("!") || tag.get().equals(standard)) {
      return null;
    }
    return tag.get();
  }

  private static YamlScalar.Style style(ScalarStyle style) {
    switch (style) {
      case SINGLE_QUOTED:
        return YamlScalar.Style.SINGLE_QUOTED;
      case DOUBLE_QUOTED:
        return YamlScalar.Style.DOUBLE_QUOTED;
      case LITERAL:
        return YamlScalar.Style.LITERAL;
      case FOLDED:
        return YamlScalar.Style.FOLDED;
      default:
        return YamlScalar.Style.PLAIN;
    }
  }

  private Span span(Event event) {
    return new Span(position(event.getStartMark()), position(event.getEndMark()));
  }

  private Position position(Optional<Mark> mark) {
    if (mark.isEmpty()) {
      return source.position(0);
    }
    int line = mark.get().getLine() + 1;
    int column = mark.get().getColumn() + 1;
    if (line > source.lineCount()) {
      line = source.lineCount();
      column = source.line(line).length() + 1;
    }
    return new Position(line, column, offsetOf(line, column));
  }

  /** The character offset of a line and code-point column; marks come mostly in order, so walk from the last. */
  private int offsetOf(int line, int column) {
    String text = source.text();
    int lineStart = source.lineStart(line) + (line == 1 ? bomShift : 0);
    if (!surrogates) {
      return Math.min(lineStart + column - 1, text.length());
    }
    int from = lineStart;
    int fromColumn = 1;
    if (line == lastLine && column >= lastColumn) {
      from = lastOffset;
      fromColumn = lastColumn;
    }
    int offset = from;
    int end = text.length();
    for (int c = fromColumn; c < column && offset < end; c++) {
      offset += Character.isHighSurrogate(text.charAt(offset)) && offset + 1 < end
          && Character.isLowSurrogate(text.charAt(offset + 1)) ? 2 : 1;
    }
    lastLine = line;
    lastColumn = column;
    lastOffset = offset;
    return offset;
  }

  private int offsetOfCodePoint(int codePoints) {
    String text = source.text();
    int offset = bomShift;
    for (int i = 0; i < codePoints && offset < text.length(); i++) {
      offset += Character.charCount(text.codePointAt(offset));
    }
    return offset;
  }

  private Location location(Optional<Mark> mark, DocPath path) {
    Position at = position(mark);
    return Location.of(source.path(), Span.at(at), path);
  }
}
