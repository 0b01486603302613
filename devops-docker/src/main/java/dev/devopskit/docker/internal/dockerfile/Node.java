package dev.devopskit.docker.internal.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One instruction as the Dockerfile grammar sees it, before it becomes a model value: the keyword, the builder
 * flags, the arguments as the reference parser splits them, heredocs, the comments before it and where it is.
 */
public final class Node {
  /** A heredoc body attached to an instruction. */
  public record Heredoc(String name, String content, boolean chomp, boolean expand) {}

  /** The keyword as written. */
  public String keyword = "";
  /** The joined logical line (continuations removed). */
  public String line = "";
  /** Source offset of each character of {@link #line}. */
  public int[] offsets = new int[0];
  /** Builder flags, each {@code --name[=value]}. */
  public List<String> flags = new ArrayList<>();
  /** Arguments in the reference parser's split. */
  public List<String> args = new ArrayList<>();
  /** Start offset in {@link #line} of each argument, or -1 when unknown. */
  public List<Integer> argStarts = new ArrayList<>();
  /** Where the argument text starts in {@link #line} (after the flags). */
  public int restStart;
  /** The raw argument text (after the flags). */
  public String rest = "";
  /** Whether the arguments came from a JSON array. */
  public boolean json;
  /** ENV / LABEL written in the legacy {@code KEY name value} form. */
  public boolean legacyNameValue;
  /** ENV / LABEL: whether the arguments are key, value, separator triples. */
  public boolean keyValue;
  /** Whether the parser already reported a grammar error for this instruction. */
  public boolean failed;
  /** ONBUILD's trigger instruction. */
  public Optional<Node> child = Optional.empty();
  /** Heredoc bodies. */
  public List<Heredoc> heredocs = new ArrayList<>();
  /** Comment lines before the instruction. */
  public List<String> comments = new ArrayList<>();
  /** Lines where it starts and ends (1-based). */
  public int startLine;
  /** Last line (1-based, heredoc bodies included). */
  public int endLine;

  /** The keyword in lower case. */
  public String lower() {
    return keyword.toLowerCase(java.util.Locale.ROOT);
  }

  /** The source offset of a position in the joined line. */
  public int sourceOffset(int index) {
    if (offsets.length == 0) {
      return 0;
    }
    return offsets[Math.max(0, Math.min(index, offsets.length - 1))];
  }
}
