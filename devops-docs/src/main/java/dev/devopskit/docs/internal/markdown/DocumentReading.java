package dev.devopskit.docs.internal.markdown;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the readers of structured Markdown documents (postmortems, runbooks) share: the file read once as Markdown,
 * the positions of the value's elements, the findings, and a read that never throws. A subclass reads its sections
 * in {@link #value()}.
 *
 * @param <T> the value read
 */
abstract class DocumentReading<T> {
  final SourceFile source;
  final MarkdownSource md;
  final Map<DocPath, Span> spans = new LinkedHashMap<>();
  final List<Finding> findings = new ArrayList<>();

  DocumentReading(SourceFile source, String frontMatterRule) {
    this.source = source;
    this.md = MarkdownSource.read(source, frontMatterRule);
  }

  /** Reads the document's value; positions go to {@link #spans}, problems to {@link #findings}. */
  abstract T value();

  /**
   * Reads a document; never throws. A failure of the reader itself is one {@code <kind>/syntax} error at line 1.
   *
   * @param kind what the document is, as rule ids and messages name it ({@code postmortem})
   * @param reading the reading of one file
   */
  static <T> Parsed<T> read(SourceFile source, String kind, Function<SourceFile, DocumentReading<T>> reading) {
    try {
      DocumentReading<T> document = reading.apply(source);
      document.findings.addAll(document.md.findings());
      document.spans.put(DocPath.root(), document.md.line(1));
      T value = document.value();
      return Parsed.of(value, source, MarkdownText.sourceMap(document.spans), document.findings);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(source, kind + "/syntax", "the " + kind, e);
    }
  }

  /** A document that could not be read: one error at line 1 naming what failed. */
  static <T> Parsed<T> failed(SourceFile source, String ruleId, String what, Throwable e) {
    Finding finding = Finding.builder().ruleId(ruleId).severity(Severity.ERROR)
        .message(what + " could not be read (" + e.getClass().getSimpleName() + ")")
        .location(new Location(source.path(), Optional.of(Span.line(source, 1)), DocPath.root())).build();
    return Parsed.failed(source, List.of(finding));
  }

  /** The front matter's top-level mapping, when there is one, with the line of each key recorded. */
  Optional<YamlMapping> frontMatter() {
    Optional<YamlMapping> root = md.frontMatterMapping();
    root.ifPresent(map -> md.frontMatter().ifPresent(yaml -> {
      for (String key : map.keys()) {
        yaml.locate(DocPath.of(key)).ifPresent(span -> spans.put(DocPath.of(key), md.line(span.line())));
      }
    }));
    return root;
  }

  /** A front matter value that is text (not a list, a mapping or null). */
  static Optional<String> scalar(YamlMapping map, String key) {
    return map.get(key).filter(n -> n instanceof YamlScalar && !n.isNull()).flatMap(YamlNode::text);
  }

  /** The first section whose heading is one of {@code keys}, its heading line recorded at {@code path}. */
  Optional<MarkdownSource.Section> section(List<String> keys, String path) {
    Optional<MarkdownSource.Section> section = md.section(keys);
    section.ifPresent(s -> spans.put(DocPath.of(path), md.line(s.headingLine())));
    return section;
  }

  /** The index of the table column whose header is one of {@code names}, else {@code fallback}. */
  static int column(MarkdownSource.Row header, Set<String> names, int fallback) {
    for (int i = 0; i < header.cells().size(); i++) {
      if (names.contains(MarkdownSource.normalise(header.cells().get(i)))) {
        return i;
      }
    }
    return fallback;
  }
}
