package dev.devopskit.docker.internal.dockerfile;

import dev.devopskit.core.syntax.ShellWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dockerfile grammar as BuildKit reads it: parser directives, line continuations with the escape token, empty
 * continuation lines, comments inside continuations, heredocs, builder flags, JSON versus shell form.
 *
 * <p>It never throws: problems are collected with their line and parsing goes on where it can.
 */
public final class DockerfileParser {
  private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
  private static final Set<String> DIRECTIVES = Set.of("escape", "syntax", "check");
  private static final Pattern WHITESPACE = Pattern.compile("[\\t\\u000B\\f\\r ]+");
  private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)([^<]*)$");

  /** A parser directive read from the top of the file. */
  public record Directive(String name, String value, int line) {}

  /** A problem with its 1-based line. */
  public record Problem(String message, int line, int endLine) {}

  /** Everything read from a file. */
  public record Result(List<Directive> directives, List<Node> nodes, List<Problem> problems,
      List<String> trailingComments, char escape) {}

  private final String text;
  private final List<int[]> lines = new ArrayList<>();
  private int next;
  private char escape = '\\';
  private boolean directivesDone;
  private final Set<String> seenDirectives = new HashSet<>();
  private final List<Directive> directives = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private final boolean normalize;

  private DockerfileParser(String text, boolean normalize) {
    this.text = text;
    this.normalize = normalize;
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int i = start;
    while (i <= text.length()) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        if (i < text.length()) {
          lines.add(new int[] {i, text.length()});
        }
        break;
      }
      lines.add(new int[] {i, nl});
      i = nl + 1;
    }
  }

  /** Parses a whole file exactly as BuildKit joins continuation lines. */
  public static Result parse(String text) {
    return new DockerfileParser(text, false).run();
  }

  /**
   * Parses a whole file, joining continuation lines with a single space where either side had white space
   * (BuildKit keeps that white space as it is), so that a value does not depend on how its lines were indented.
   */
  public static Result parseNormalized(String text) {
    return new DockerfileParser(text, true).run();
  }

  private boolean hasNext() {
    return next < lines.size();
  }

  /** The raw line (without \n, and without a final \r as Go's line scanner drops it). */
  private String rawLine(int index) {
    int[] range = lines.get(index);
    int end = range[1];
    if (end > range[0] && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(range[0], end);
  }

  private static String trimLeft(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  private static boolean isComment(String raw) {
    return trimLeft(raw).startsWith("#");
  }

  private void directive(String token, int lineNo) {
    if (directivesDone) {
      return;
    }
    Matcher m = DIRECTIVE.matcher(token);
    if (!m.matches()) {
      directivesDone = true;
      return;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (!DIRECTIVES.contains(name)) {
      directivesDone = true;
      return;
    }
    if (!seenDirectives.add(name)) {
      problems.add(new Problem("only one '" + name + "' parser directive can be used; remove the repeated one",
          lineNo, lineNo));
      return;
    }
    String value = m.group(2);
    directives.add(new Directive(name, value, lineNo));
    if (name.equals("escape")) {
      if (!value.equals("`") && !value.equals("\\")) {
        problems.add(new Problem("invalid escape token '" + value + "': it must be ` or \\", lineNo, lineNo));
      } else {
        escape = value.charAt(0);
      }
    }
  }

  /** A line with its left-stripped start offset; comment lines become empty. */
  private record Piece(String text, int start) {}

  private Piece process(int index, boolean stripLeft) {
    String raw = rawLine(index);
    int start = lines.get(index)[0];
    String token = raw;
    if (stripLeft) {
      String trimmed = trimLeft(raw);
      start += raw.length() - trimmed.length();
      token = trimmed;
    }
    directive(token, index + 1);
    if (token.startsWith("#")) {
      token = "";
    }
    return new Piece(token, start);
  }

  /** Removes a continuation token; returns the kept length, or -1 when the line does not continue. */
  private int continuationCut(String line) {
    return continuationCut(line, escape);
  }

  /**
   * Where the continuation token ends a line: the token is the last character but spaces and tabs (before one final
   * line terminator, as a pattern's {@code $} allows), and is not itself escaped by a token before it. Returns its
   * index, or -1 when the line does not continue. This is the pattern {@code ([^T])T[ \t]*$|^T[ \t]*$} found
   * without running it on every line.
   */
  static int continuationCut(String line, char token) {
    int end = line.length();
    if (line.endsWith("\r\n")) {
      end -= 2;
    } else if (end > 0 && isLineTerminator(line.charAt(end - 1))) {
      end--;
    }
    int at = end - 1;
    while (at >= 0 && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
      at--;
    }
    if (at < 0 || line.charAt(at) != token) {
      return -1;
    }
    return at == 0 || line.charAt(at - 1) != token ? at : -1;
  }

  private static boolean isLineTerminator(char c) {
    return c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private Result run() {
    List<Node> nodes = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    while (hasNext()) {
      int index = next++;
      String raw = rawLine(index);
      int lineNo = index + 1;
      boolean directiveBefore = !directivesDone;
      int directivesBefore = directives.size();
      Piece first = process(index, true);
      boolean isDirective = directiveBefore && directives.size() > directivesBefore;
      if (isComment(raw) && !isDirective) {
        comments.add(trimLeft(raw).substring(1).strip());
      }
      StringBuilder line = new StringBuilder();
      Offsets offsets = new Offsets();
      int cut = continuationCut(first.text());
      boolean end = cut < 0;
      append(line, offsets, end ? first.text() : first.text().substring(0, cut), first.start());
      if (end && line.length() == 0) {
        continue;
      }
      int lastLine = lineNo;
      while (!end && hasNext()) {
        int ci = next++;
        lastLine = ci + 1;
        Piece piece = process(ci, false);
        String rawC = rawLine(ci);
        if (isComment(rawC)) {
          continue;
        }
        if (trimLeft(piece.text()).isEmpty()) {
          continue;
        }
        int c = continuationCut(piece.text());
        end = c < 0;
        String kept = end ? piece.text() : piece.text().substring(0, c);
        if (normalize) {
          joinNormalized(line, offsets, kept, piece.start());
        } else {
          append(line, offsets, kept, piece.start());
        }
      }
      Node node = new Node();
      node.line = line.toString();
      node.offsets = offsets.toArray();
      node.startLine = lineNo;
      node.endLine = lastLine;
      node.comments = new ArrayList<>(comments);
      comments.clear();
      try {
        fill(node, node.line, 0);
      } catch (ParseError e) {
        problems.add(new Problem(e.getMessage(), lineNo, lastLine));
        node.failed = true;
      }
      if (canContainHeredoc(node) && node.line.contains("<<")) {
        heredocs(node);
      }
      nodes.add(node);
    }
    if (nodes.isEmpty()) {
      problems.add(new Problem("the file has no instructions; a Dockerfile needs at least a FROM",
          Math.max(1, lines.size()), Math.max(1, lines.size())));
    }
    return new Result(directives, nodes, problems, comments, escape);
  }

  private static void joinNormalized(StringBuilder line, Offsets offsets, String piece, int start) {
    boolean space = false;
    while (line.length() > 0 && (line.charAt(line.length() - 1) == ' ' || line.charAt(line.length() - 1) == '\t')) {
      line.setLength(line.length() - 1);
      offsets.removeLast();
      space = true;
    }
    int lead = 0;
    while (lead < piece.length() && (piece.charAt(lead) == ' ' || piece.charAt(lead) == '\t')) {
      lead++;
    }
    if (lead > 0 || space) {
      line.append(' ');
      offsets.add(start);
    }
    append(line, offsets, piece.substring(lead), start + lead);
  }

  /** The source offset of each character of a joined line, unboxed (a continuation can join megabytes). */
  private static final class Offsets {
    private int[] values = new int[64];
    private int size;

    void add(int offset) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = offset;
    }

    void removeLast() {
      size--;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }

  private static void append(StringBuilder line, Offsets offsets, String piece, int start) {
    line.append(piece);
    for (int i = 0; i < piece.length(); i++) {
      offsets.add(start + i);
    }
  }

  private static boolean canContainHeredoc(Node node) {
    String k = node.lower();
    return (k.equals("run") || k.equals("copy") || k.equals("add")) && !node.json;
  }

  private void heredocs(Node node) {
    List<Node.Heredoc> found = new ArrayList<>();
    for (String word : ShellWords.rawWords(node.line)) {
      Matcher m = HEREDOC.matcher(word);
      if (!m.matches() || m.group(3).isEmpty()) {
        continue;
      }
      String rest = m.group(3);
      List<String> cooked = ShellWords.words(rest);
      if (cooked.size() != 1) {
        continue;
      }
      String name = cooked.get(0);
      boolean expand = !(rest.contains("'") || rest.contains("\""));
      found.add(new Node.Heredoc(name, "", m.group(2).equals("-"), expand));
    }
    for (Node.Heredoc doc : found) {
      StringBuilder content = new StringBuilder();
      boolean terminated = false;
      while (hasNext()) {
        int index = next++;
        node.endLine = index + 1;
        String raw = rawLine(index);
        String candidate = doc.chomp() ? raw.replaceFirst("^\\t+", "") : raw;
        if (candidate.equals(doc.name())) {
          terminated = true;
          break;
        }
        content.append(raw).append('\n');
      }
      if (!terminated) {
        problems.add(new Problem("heredoc '" + doc.name() + "' is not terminated; end it with a line holding only '"
            + doc.name() + "'", node.startLine, node.endLine));
      }
      node.heredocs.add(new Node.Heredoc(doc.name(), content.toString(), doc.chomp(), doc.expand()));
    }
  }

  /** A grammar error in one instruction. */
  static final class ParseError extends Exception {
    ParseError(String message) {
      super(message, null, false, false);
    }
  }

  /** Splits keyword, flags and arguments of a logical line starting at {@code base} of the node's line. */
  void fill(Node node, String line, int base) throws ParseError {
    int lead = 0;
    while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
      lead++;
    }
    String trimmed = line.strip();
    Matcher ws = WHITESPACE.matcher(trimmed);
    String rest = "";
    int restAt = base + lead + trimmed.length();
    if (ws.find()) {
      node.keyword = trimmed.substring(0, ws.start());
      int afterKeyword = ws.end();
      Flags flags = extractFlags(trimmed.substring(afterKeyword));
      node.flags = flags.words;
      String remaining = flags.rest;
      int remStart = afterKeyword + flags.restIndex;
      String strippedRest = remaining.strip();
      int leftTrim = remaining.length() - remaining.stripLeading().length();
      rest = strippedRest;
      restAt = base + lead + remStart + leftTrim;
    } else {
      node.keyword = trimmed;
    }
    node.rest = rest;
    node.restStart = restAt;
    dispatch(node, rest, restAt);
  }

  private record Flags(List<String> words, String rest, int restIndex) {}

  private static Flags extractFlags(String line) {
    List<String> words = new ArrayList<>();
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = inSpaces;
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean blankOk = false;
    char ch = 0;
    for (int pos = 0; pos <= line.length(); pos++) {
      if (pos != line.length()) {
        ch = line.charAt(pos);
      }
      if (phase == inSpaces) {
        if (pos == line.length()) {
          break;
        }
        if (Character.isWhitespace(ch)) {
          continue;
        }
        if (ch != '-' || pos + 1 == line.length() || line.charAt(pos + 1) != '-') {
          return new Flags(words, line.substring(pos), pos);
        }
        phase = inWord;
      }
      if ((phase == inWord || phase == inQuote) && pos == line.length()) {
        if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
          words.add(word.toString());
        }
        break;
      }
      if (phase == inWord) {
        if (Character.isWhitespace(ch)) {
          phase = inSpaces;
          if (word.toString().equals("--")) {
            return new Flags(words, line.substring(pos), pos);
          }
          if (blankOk || word.length() > 0) {
            words.add(word.toString());
          }
          word.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 == line.length()) {
            continue;
          }
          pos++;
          ch = line.charAt(pos);
        }
        word.append(ch);
        continue;
      }
      if (ch == quote) {
        phase = inWord;
        continue;
      }
      if (ch == '\\') {
        if (pos + 1 == line.length()) {
          phase = inWord;
          continue;
        }
        pos++;
        ch = line.charAt(pos);
      }
      word.append(ch);
    }
    return new Flags(words, "", line.length());
  }

  private void dispatch(Node node, String rest, int at) throws ParseError {
    switch (node.lower()) {
      case "add", "copy", "volume" -> maybeJsonToList(node, rest, at);
      case "cmd", "entrypoint", "run", "shell" -> maybeJson(node, rest, at);
      case "arg" -> nameOrNameVal(node, rest, at);
      case "env", "label" -> nameVal(node, rest, at);
      case "expose", "from" -> whitespaceDelimited(node, rest, at);
      case "healthcheck" -> health(node, rest, at);
      case "maintainer", "stopsignal", "user", "workdir" -> string(node, rest, at);
      case "onbuild" -> subCommand(node, rest, at);
      default -> { }
    }
  }

  private static void addArg(Node node, String value, int start) {
    node.args.add(value);
    node.argStarts.add(start);
  }

  private static void string(Node node, String rest, int at) {
    if (!rest.isEmpty()) {
      addArg(node, rest, at);
    }
  }

  private static void whitespaceDelimited(Node node, String rest, int at) {
    if (rest.isEmpty()) {
      return;
    }
    Matcher m = WHITESPACE.matcher(rest);
    int start = 0;
    while (m.find()) {
      addArg(node, rest.substring(start, m.start()), at + start);
      start = m.end();
    }
    addArg(node, rest.substring(start), at + start);
  }

  private void maybeJson(Node node, String rest, int at) throws ParseError {
    if (rest.isEmpty()) {
      return;
    }
    if (!tryJson(node, rest, at)) {
      addArg(node, rest, at);
    }
  }

  private void maybeJsonToList(Node node, String rest, int at) throws ParseError {
    if (!tryJson(node, rest, at)) {
      whitespaceDelimited(node, rest, at);
    }
  }

  private static boolean tryJson(Node node, String rest, int at) throws ParseError {
    String left = rest.stripLeading();
    if (!left.startsWith("[")) {
      return false;
    }
    int shift = rest.length() - left.length();
    JsonArray.Parsed parsed = JsonArray.parse(left);
    if (parsed == null) {
      return false;
    }
    if (!parsed.allStrings()) {
      throw new ParseError("a JSON-form argument list may hold only strings, like [\"executable\", \"arg\"]");
    }
    for (int i = 0; i < parsed.values().size(); i++) {
      addArg(node, parsed.values().get(i), at + shift + parsed.starts().get(i));
    }
    node.json = true;
    return true;
  }

  private void nameOrNameVal(Node node, String rest, int at) {
    for (InstructionWords.Word w : InstructionWords.dockerWords(rest, escape)) {
      addArg(node, w.text(), at + w.start());
    }
  }

  private void nameVal(Node node, String rest, int at) throws ParseError {
    List<InstructionWords.Word> words = InstructionWords.dockerWords(rest, escape);
    if (words.isEmpty()) {
      return;
    }
    node.keyValue = true;
    String key = node.keyword.toUpperCase(Locale.ROOT);
    if (!words.get(0).text().contains("=")) {
      String[] parts = WHITESPACE.split(rest, 2);
      if (parts.length < 2) {
        throw new ParseError(key + " needs a name and a value: write " + key + " " + parts[0] + "=value");
      }
      node.legacyNameValue = true;
      addArg(node, parts[0], at);
      addArg(node, parts[1], at + rest.indexOf(parts[1], parts[0].length()));
      addArg(node, "", -1);
      return;
    }
    for (InstructionWords.Word w : words) {
      int eq = w.text().indexOf('=');
      if (eq < 0) {
        throw new ParseError(key + " expects name=value pairs; '" + w.text() + "' has no '='");
      }
      addArg(node, w.text().substring(0, eq), at + w.start());
      addArg(node, w.text().substring(eq + 1), at + w.start() + eq + 1);
      addArg(node, "=", -1);
    }
  }

  private void health(Node node, String rest, int at) throws ParseError {
    int sep = 0;
    while (sep < rest.length() && !Character.isWhitespace(rest.charAt(sep))) {
      sep++;
    }
    int nextIndex = sep;
    while (nextIndex < rest.length() && Character.isWhitespace(rest.charAt(nextIndex))) {
      nextIndex++;
    }
    if (sep == 0) {
      return;
    }
    addArg(node, rest.substring(0, sep), at);
    maybeJson(node, rest.substring(nextIndex), at + nextIndex);
  }

  private void subCommand(Node node, String rest, int at) throws ParseError {
    if (rest.isEmpty()) {
      return;
    }
    Node child = new Node();
    child.line = node.line;
    child.offsets = node.offsets;
    child.startLine = node.startLine;
    child.endLine = node.endLine;
    node.child = Optional.of(child);
    fill(child, rest, at);
  }

  /** Renders a node in the reference parser's dump format. */
  public static String dump(Node node) {
    StringBuilder out = new StringBuilder("(").append(node.lower());
    if (!node.flags.isEmpty()) {
      out.append(" [");
      for (int i = 0; i < node.flags.size(); i++) {
        out.append(i == 0 ? "" : " ").append(GoQuote.quote(node.flags.get(i)));
      }
      out.append(']');
    }
    if (node.child.isPresent()) {
      out.append(' ').append(dump(node.child.get()));
    }
    for (String arg : node.args) {
      out.append(' ').append(GoQuote.quote(arg));
    }
    return out.append(')').toString();
  }
}
