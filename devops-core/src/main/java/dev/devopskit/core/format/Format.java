package dev.devopskit.core.format;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.source.SourceFile;
import java.util.List;

/**
 * A kind of file devops-kit can read, write and check, such as {@code github-workflow} or {@code dockerfile}.
 *
 * <p>Formats are found with {@link java.util.ServiceLoader} (see {@link Formats}), so every module on the class
 * path adds its formats to {@code devops check} and {@code devops config}. A module registers an implementation in
 * {@code module-info.java} ({@code provides Format with ...}) and in {@code META-INF/services}.
 *
 * @param <T> the value a file of this format is read into
 */
public interface Format<T> {

  /** The stable name, lower-kebab: {@code github-workflow}. */
  String name();

  /** One line saying what files these are. */
  String description();

  /** The type of value read and written. */
  Class<T> valueType();

  /**
   * Whether a file at this path (relative to the checked root, forward slashes) is of this format.
   *
   * @param relativePath for example {@code .github/workflows/ci.yml}
   */
  boolean claims(String relativePath);

  /**
   * Whether a file that no format claims by path is of this format after all, judged by its first lines (for
   * example Markdown whose front matter says {@code type: postmortem}). Only asked when {@link #claims} said no.
   */
  default boolean claimsContent(String relativePath, String head) {
    return false;
  }

  /**
   * Whether a file is of this format by its first lines alone, for a file someone named (such as
   * {@code devops check ci/build.yml}) whose path no format claims: a workflow has top-level {@code on:} and
   * {@code jobs:}, an action {@code runs:} with {@code using:}. Looser than {@link #claimsContent}, which every
   * unclaimed file of a whole repository is asked and which must not take other tools' files.
   *
   * @param head the file's first bytes as text (2 KiB)
   */
  default boolean recognizes(String head) {
    return false;
  }

  /**
   * Whether YAML text has each of these keys at the top level (at the start of a line, plain or quoted, followed by
   * a colon): the usual test of a {@link #recognizes} hook. {@code hasTopLevelKeys(head, "on", "jobs")}.
   */
  static boolean hasTopLevelKeys(String head, String... keys) {
    for (String key : keys) {
      String quoted = java.util.regex.Pattern.quote(key);
      if (!java.util.regex.Pattern.compile("(?m)^(?:" + quoted + "|\"" + quoted + "\"|'" + quoted + "')[ \\t]*:")
          .matcher(head).find()) {
        return false;
      }
    }
    return true;
  }

  /** Which format wins when several claim a file: the highest. The plain-text fallback is {@code -100}. */
  default int priority() {
    return 0;
  }

  /** Reads a file; never throws on bad input. */
  Parsed<T> read(SourceFile source);

  /** Writes a value as the file's text, in the format's house style. */
  String write(T value);

  /** The rules that check values of this format, in a stable order. */
  List<Rule<? super T>> rules();

  /** Rules that findings of the reader use (syntax, unknown keys), so reports can describe them. */
  default List<RuleInfo> readerRules() {
    return List.of();
  }
}
