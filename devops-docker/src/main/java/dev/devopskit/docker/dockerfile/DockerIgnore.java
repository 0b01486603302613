package dev.devopskit.docker.dockerfile;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.syntax.Glob;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.value.ValueText;
import java.util.List;
import org.immutables.value.Value;

/**
 * A {@code .dockerignore} file: patterns of the build context left out of the build, one a line; a pattern that
 * starts with {@code !} adds back what an earlier one left out. Comment lines start with {@code #}.
 */
@Value.Immutable
@DevOpsStyle
public abstract class DockerIgnore implements WithDockerIgnore {

  /** One line: a pattern, or a comment when {@link #comment()} is set. */
  public record Line(String text, boolean comment) {
    /** A pattern line. */
    public static Line pattern(String pattern) {
      return new Line(pattern, false);
    }

    /** A comment line (without {@code #}). */
    public static Line comment(String text) {
      return new Line(text, true);
    }

    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  /** The lines in order. */
  public abstract List<Line> lines();

  /** The patterns, in order, without comments. */
  public List<String> patterns() {
    return lines().stream().filter(l -> !l.comment()).map(Line::text).toList();
  }

  /**
   * Whether a path of the build context (forward slashes, relative) is left out, as the last matching pattern
   * says; patterns read as Docker reads them ({@link Glob.Dialect#DOCKERIGNORE}).
   */
  public boolean excludes(String path) {
    return Glob.selects(Glob.Dialect.DOCKERIGNORE, patterns(), path);
  }

  /** A file of these patterns. */
  public static DockerIgnore of(String... patterns) {
    Builder b = builder();
    for (String p : patterns) {
      b.addLine(Line.pattern(p));
    }
    return b.build();
  }

  /** Starts a file. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds .dockerignore files. */
  public static final class Builder extends ImmutableDockerIgnore.Builder {}

  @Value.Check
  protected void check() {
    for (Line line : lines()) {
      if (line.text().contains("\n")) {
        throw new IllegalArgumentException(".dockerignore lines hold one pattern each; split '"
            + Redaction.redactSecrets(line.text()) + "'");
      }
    }
  }
}
