package dev.devopskit.docker.internal.dockerfile;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.docker.dockerfile.DockerIgnore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@code .dockerignore} files: one pattern a line, {@code #} comments, blank lines ignored. */
public final class DockerIgnoreText {
  private DockerIgnoreText() {}

  /** Reads a file; never throws. */
  public static Parsed<DockerIgnore> read(SourceFile source) {
    DockerIgnore.Builder builder = DockerIgnore.builder();
    Map<DocPath, Span> spans = new HashMap<>();
    int index = 0;
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = source.line(line);
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      String trimmed = text.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.startsWith("#")) {
        builder.addLine(DockerIgnore.Line.comment(trimmed.substring(1).strip()));
      } else {
        builder.addLine(DockerIgnore.Line.pattern(trimmed));
      }
      spans.put(DocPath.root().key("lines").index(index++), Span.line(source, line));
    }
    Map<DocPath, Span> map = java.util.Collections.unmodifiableMap(spans);
    return Parsed.of(builder.build(), source, path -> Optional.ofNullable(map.get(path)), List.of());
  }

  /** The text of a file. */
  public static String write(DockerIgnore ignore) {
    StringBuilder out = new StringBuilder();
    for (DockerIgnore.Line line : ignore.lines()) {
      if (line.comment()) {
        out.append(line.text().isEmpty() ? "#" : "# " + line.text());
      } else {
        out.append(line.text());
      }
      out.append('\n');
    }
    return out.toString();
  }
}
