package dev.devopskit.docker.internal.dockerfile;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.SourceMap;
import dev.devopskit.core.source.Span;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Flag;
import dev.devopskit.docker.dockerfile.Heredoc;
import dev.devopskit.docker.dockerfile.Instruction;
import dev.devopskit.docker.dockerfile.KeyValue;
import dev.devopskit.docker.dockerfile.Keyword;
import dev.devopskit.docker.dockerfile.ParserDirective;
import dev.devopskit.docker.dockerfile.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a Dockerfile into a {@link Dockerfile} with a position for every instruction and argument. */
public final class DockerfileReader {
  /** Grammar errors: what BuildKit refuses to build. */
  public static final RuleInfo SYNTAX = RuleInfo.of("docker/syntax", Profile.RECOMMENDED, Severity.ERROR,
      "The Dockerfile follows the Dockerfile grammar");
  /** MAINTAINER and other instructions that still parse but are deprecated. */
  public static final RuleInfo DEPRECATED = RuleInfo.of("docker/deprecated-instruction",
      Profile.TRUNK, Severity.WARNING, "No deprecated instructions such as MAINTAINER");

  private static final int MAX_CHARS = 4 * 1024 * 1024;
  /** At most this many syntax errors per file; the rest are counted in one last finding. */
  static final int MAX_ERRORS = 100;

  private final SourceFile source;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<DocPath, Span> spans = new HashMap<>();
  private int errors;
  private int firstUnlistedLine;

  private DockerfileReader(SourceFile source) {
    this.source = source;
  }

  /** Reads a file; never throws. */
  public static Parsed<Dockerfile> read(SourceFile source) {
    return new DockerfileReader(source).run();
  }

  private Parsed<Dockerfile> run() {
    if (source.text().length() > MAX_CHARS) {
      error(DocPath.root(), 1, 1, "the file is larger than " + MAX_CHARS / 1024 / 1024
          + " MiB; a Dockerfile this large is not read", "split the build or generate it");
      return Parsed.failed(source, sorted());
    }
    DockerfileParser.Result result = DockerfileParser.parseNormalized(source.text());
    for (DockerfileParser.Problem problem : result.problems()) {
      error(DocPath.root(), problem.line(), problem.endLine(), problem.message(), null);
    }
    Dockerfile.Builder file = Dockerfile.builder();
    for (int i = 0; i < result.directives().size(); i++) {
      DockerfileParser.Directive d = result.directives().get(i);
      try {
        file.addDirective(new ParserDirective(d.name(), d.value()));
        spans.put(DocPath.root().key("directives").index(i), Span.line(source, d.line()));
      } catch (IllegalArgumentException e) {
        // already reported by the parser
      }
    }
    List<Stage> stages = new ArrayList<>();
    Stage.Builder current = null;
    DocPath stagePath = null;
    List<String> pendingComments = new ArrayList<>();
    int globalArgs = 0;
    int instructionIndex = 0;
    for (Node node : result.nodes()) {
      pendingComments.addAll(node.comments);
      Optional<Keyword> keyword = Keyword.parse(node.keyword);
      if (keyword.isEmpty()) {
        error(DocPath.root(), node.startLine, node.endLine, "unknown instruction '" + node.keyword
            + "'; instructions are FROM, RUN, COPY, ADD, ENV, ARG, CMD, ENTRYPOINT, ...", null);
        continue;
      }
      if (keyword.get() == Keyword.FROM) {
        if (current != null) {
          build(current, stagePath).ifPresent(stages::add);
        }
        stagePath = DocPath.root().key("stages").index(stages.size());
        current = from(node, stagePath, pendingComments);
        pendingComments.clear();
        instructionIndex = 0;
        continue;
      }
      DocPath path = current == null ? DocPath.root().key("globalArgs").index(globalArgs)
          : stagePath.key("instructions").index(instructionIndex);
      if (current == null && keyword.get() != Keyword.ARG) {
        error(path, node.startLine, node.endLine, keyword.get() + " comes before the first FROM; only ARG may",
            "move it after FROM");
        continue;
      }
      Optional<Instruction> instruction = instruction(node, keyword.get(), path, pendingComments);
      pendingComments.clear();
      if (instruction.isEmpty()) {
        continue;
      }
      if (current == null) {
        file.addGlobalArg(instruction.get());
        globalArgs++;
      } else {
        current.addInstruction(instruction.get());
        instructionIndex++;
      }
    }
    if (current != null) {
      build(current, stagePath).ifPresent(stages::add);
    }
    List<String> trailing = new ArrayList<>(pendingComments);
    trailing.addAll(result.trailingComments());
    file.addAllTrailingComments(trailing).addAllStages(stages);
    if (stages.isEmpty()) {
      if (!result.nodes().isEmpty()) {
        error(DocPath.root(), 1, 1, "the Dockerfile has no FROM instruction", "start the build with FROM <image>");
      }
      return Parsed.failed(source, sorted());
    }
    try {
      Dockerfile dockerfile = file.build();
      // A HashMap, not Map.copyOf: the immutable map probes linearly, and the hash codes of the paths of a file
      // with thousands of stages cluster, which made reading 20,000 stages take most of a minute.
      Map<DocPath, Span> map = java.util.Collections.unmodifiableMap(spans);
      SourceMap sourceMap = path -> Optional.ofNullable(map.get(path));
      return Parsed.of(dockerfile, source, sourceMap, sorted());
    } catch (IllegalArgumentException e) {
      error(DocPath.root(), 1, 1, e.getMessage(), null);
      return Parsed.failed(source, sorted());
    }
  }

  private List<Finding> sorted() {
    List<Finding> all = new ArrayList<>(findings);
    if (errors > MAX_ERRORS) {
      all.add(Finding.builder().ruleId(SYNTAX.id()).severity(Severity.ERROR)
          .message((errors - MAX_ERRORS) + " more syntax errors from this line on are not listed (at most "
              + MAX_ERRORS + " per file); is this file a Dockerfile?")
          .location(new Location(source.path(), Optional.of(lineSpan(firstUnlistedLine, firstUnlistedLine)),
              DocPath.root()))
          .fix(Optional.of("fix the errors listed first, or rename the file if it is not a Dockerfile")).build());
    }
    all.sort(null);
    return all;
  }

  private Optional<Stage> build(Stage.Builder builder, DocPath path) {
    try {
      return Optional.of(builder.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      Span span = spans.getOrDefault(path, Span.line(source, 1));
      findings.add(Finding.of(SYNTAX.id(), Severity.ERROR, e.getMessage(), new Location(source.path(),
          Optional.of(span), path)));
      return Optional.empty();
    }
  }

  private Stage.Builder from(Node node, DocPath path, List<String> comments) {
    spans.put(path, nodeSpan(node));
    Stage.Builder stage = Stage.builder();
    stage.addAllComments(comments);
    for (String word : node.flags) {
      Optional<Flag> flag = Flag.parse(word);
      if (flag.isPresent() && flag.get().name().equals("platform") && flag.get().value().isPresent()) {
        stage.platform(flag.get().value().get());
        spans.put(path.key("platform"), argSpan(node, node.restStart, 1));
      } else {
        error(path, node.startLine, node.endLine, "FROM has no flag '" + word + "'; it takes only --platform", null);
      }
    }
    List<String> args = node.args;
    if (args.isEmpty()) {
      error(path, node.startLine, node.endLine, "FROM needs an image, like FROM eclipse-temurin:21-jre", null);
      stage.baseImage("scratch");
      return stage;
    }
    stage.baseImage(args.get(0));
    spans.put(path.key("baseImage"), argSpan(node, node.argStarts.get(0), args.get(0).length()));
    if (args.size() == 3 && args.get(1).equalsIgnoreCase("as")) {
      stage.name(args.get(2));
      spans.put(path.key("name"), argSpan(node, node.argStarts.get(2), args.get(2).length()));
    } else if (args.size() != 1) {
      error(path, node.startLine, node.endLine, "FROM takes an image and an optional 'AS name', got '"
          + String.join(" ", args) + "'", "write FROM <image> AS <name>");
    }
    return stage;
  }

  private Optional<Instruction> instruction(Node node, Keyword keyword, DocPath path, List<String> comments) {
    spans.put(path, nodeSpan(node));
    if (keyword == Keyword.MAINTAINER) {
      report(DEPRECATED, path, node.startLine, "MAINTAINER is deprecated",
          "use LABEL org.opencontainers.image.authors=\"...\"");
    }
    try {
      Instruction.Builder b = Instruction.builder().keyword(keyword).addAllComments(comments);
      for (int i = 0; i < node.flags.size(); i++) {
        Optional<Flag> flag = Flag.parse(node.flags.get(i));
        if (flag.isEmpty()) {
          error(path, node.startLine, node.endLine, keyword + " flag '" + node.flags.get(i)
              + "' is not --name or --name=value", null);
        } else {
          b.addFlag(flag.get());
        }
      }
      if (keyword == Keyword.ENV || keyword == Keyword.LABEL) {
        b.legacyForm(node.legacyNameValue);
        for (int i = 0; i + 1 < node.args.size(); i += 3) {
          int pair = i / 3;
          b.addPair(new KeyValue(node.args.get(i), node.args.get(i + 1)));
          spans.put(path.key("pairs").index(pair), argSpan(node, node.argStarts.get(i), node.args.get(i).length()));
          spans.put(path.key("pairs").index(pair).key("value"),
              argSpan(node, node.argStarts.get(i + 1), node.args.get(i + 1).length()));
        }
      } else if (keyword == Keyword.ONBUILD) {
        Node child = node.child.orElse(null);
        if (child == null) {
          error(path, node.startLine, node.endLine, "ONBUILD needs an instruction, like ONBUILD RUN make", null);
          return Optional.empty();
        }
        Optional<Keyword> childKeyword = Keyword.parse(child.keyword);
        if (childKeyword.isEmpty()) {
          error(path, node.startLine, node.endLine, "unknown instruction '" + child.keyword + "' after ONBUILD",
              null);
          return Optional.empty();
        }
        Optional<Instruction> trigger = instruction(child, childKeyword.get(), path.key("trigger"), List.of());
        if (trigger.isEmpty()) {
          return Optional.empty();
        }
        b.trigger(trigger.get());
      } else {
        b.execForm(node.json);
        for (int i = 0; i < node.args.size(); i++) {
          b.addArgument(node.args.get(i));
          int start = node.argStarts.get(i);
          if (start >= 0) {
            spans.put(path.key("arguments").index(i), argSpan(node, start, node.args.get(i).length()));
          }
        }
      }
      for (Node.Heredoc doc : node.heredocs) {
        b.addHeredoc(new Heredoc(doc.name(), doc.content(), doc.chomp()));
      }
      boolean empty = node.args.isEmpty() && node.child.isEmpty();
      if (empty && !node.json && !node.failed && keyword != Keyword.HEALTHCHECK) {
        error(path, node.startLine, node.endLine, keyword + " needs at least one argument", null);
      }
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      error(path, node.startLine, node.endLine, e.getMessage(), null);
      return Optional.empty();
    }
  }

  private Span nodeSpan(Node node) {
    int start = node.sourceOffset(firstNonSpace(node.line));
    int endLine = Math.min(node.endLine, source.lineCount());
    return source.span(start, Math.max(start, source.lineEnd(endLine)));
  }

  private static int firstNonSpace(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private Span argSpan(Node node, int start, int length) {
    int from = node.sourceOffset(start);
    int to = node.sourceOffset(start + Math.max(0, length - 1)) + (length > 0 ? 1 : 0);
    return source.span(from, Math.max(from, to));
  }

  private void error(DocPath path, int line, int endLine, String message, String fix) {
    // A file that is not a Dockerfile at all (a million lines of text) would otherwise give a finding per line.
    if (++errors > MAX_ERRORS) {
      firstUnlistedLine = errors == MAX_ERRORS + 1 ? line : firstUnlistedLine;
      return;
    }
    findings.add(Finding.builder().ruleId(SYNTAX.id()).severity(Severity.ERROR).message(message)
        .location(new Location(source.path(), Optional.of(lineSpan(line, endLine)), path))
        .fix(Optional.ofNullable(fix)).build());
  }

  private void report(RuleInfo rule, DocPath path, int line, String message, String fix) {
    findings.add(Finding.builder().ruleId(rule.id()).severity(rule.defaultSeverity()).message(message)
        .location(new Location(source.path(), Optional.of(lineSpan(line, line)), path))
        .fix(Optional.ofNullable(fix)).build());
  }

  private Span lineSpan(int line, int endLine) {
    int first = Math.max(1, Math.min(line, source.lineCount()));
    Span span = Span.line(source, first);
    return span;
  }

  /** The keyword of an instruction for messages. */
  static String upper(String word) {
    return word.toUpperCase(Locale.ROOT);
  }
}
