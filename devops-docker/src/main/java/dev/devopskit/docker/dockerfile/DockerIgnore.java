package dev.devopskit.docker.dockerfile;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
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
  }

  /** The lines in order. */
  public abstract List<Line> lines();

  /** The patterns, in order, without comments. */
  public List<String> patterns() {
    return lines().stream().filter(l -> !l.comment()).map(Line::text).toList();
  }

  /**
   * Whether a path of the build context (forward slashes, relative) is left out, as the last matching pattern
   * says.
   */
  public boolean excludes(String path) {
    String clean = path.startsWith("./") ? path.substring(2) : path;
    boolean excluded = false;
    for (String pattern : patterns()) {
      boolean negate = pattern.startsWith("!");
      String p = negate ? pattern.substring(1).trim() : pattern.trim();
      if (p.startsWith("/")) {
        p = p.substring(1);
      }
      if (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      if (!p.isEmpty() && matches(p, clean)) {
        excluded = !negate;
      }
    }
    return excluded;
  }

  private static boolean matches(String pattern, String path) {
    String regex = toRegex(pattern);
    if (path.matches(regex)) {
      return true;
    }
    // A pattern that names a folder leaves out everything under it.
    String[] parts = path.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      prefix.append(i == 0 ? "" : "/").append(parts[i]);
      if (prefix.toString().matches(regex)) {
        return true;
      }
    }
    return false;
  }

  private static String toRegex(String pattern) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        i++;
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
          i++;
          out.append("(?:.*/)?");
        } else {
          out.append(".*");
        }
      } else if (c == '*') {
        out.append("[^/]*");
      } else if (c == '?') {
        out.append("[^/]");
      } else if ("\\.[]{}()+-^$|".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
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
