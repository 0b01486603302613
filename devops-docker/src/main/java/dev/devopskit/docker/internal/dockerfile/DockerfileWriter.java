package dev.devopskit.docker.internal.dockerfile;

import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Flag;
import dev.devopskit.docker.dockerfile.Heredoc;
import dev.devopskit.docker.dockerfile.Instruction;
import dev.devopskit.docker.dockerfile.KeyValue;
import dev.devopskit.docker.dockerfile.Keyword;
import dev.devopskit.docker.dockerfile.ParserDirective;
import dev.devopskit.docker.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Dockerfile in the house style: directives first, upper-case instructions, exec form as JSON arrays,
 * long RUN commands split at {@code &&} over continuation lines, one blank line between stages, comments kept.
 */
public final class DockerfileWriter {
  /** Commands longer than this are split over continuation lines where they chain with {@code &&}. */
  static final int LONG_LINE = 100;
  private static final String INDENT = "    ";

  private final char escape;
  private final StringBuilder out = new StringBuilder();

  private DockerfileWriter(char escape) {
    this.escape = escape;
  }

  /** The text of a Dockerfile, with an optional header comment (each line written as a comment). */
  public static String write(Dockerfile file, List<String> header) {
    DockerfileWriter writer = new DockerfileWriter(file.escape());
    writer.file(file, header);
    return writer.out.toString();
  }

  private void file(Dockerfile file, List<String> header) {
    for (ParserDirective d : file.directives()) {
      out.append("# ").append(d.name()).append('=').append(d.value()).append('\n');
    }
    boolean needBlank = !file.directives().isEmpty();
    if (!header.isEmpty()) {
      if (needBlank) {
        out.append('\n');
      }
      header.forEach(this::comment);
      needBlank = true;
    }
    if (!file.globalArgs().isEmpty()) {
      if (needBlank) {
        out.append('\n');
      }
      file.globalArgs().forEach(this::instruction);
      needBlank = true;
    }
    for (Stage stage : file.stages()) {
      if (needBlank) {
        out.append('\n');
      }
      stage.comments().forEach(this::comment);
      out.append("FROM");
      stage.platform().ifPresent(p -> out.append(' ').append(flag(Flag.of("platform", p))));
      out.append(' ').append(stage.baseImage());
      stage.name().ifPresent(n -> out.append(" AS ").append(n));
      out.append('\n');
      stage.instructions().forEach(this::instruction);
      needBlank = true;
    }
    if (!file.trailingComments().isEmpty()) {
      out.append('\n');
      file.trailingComments().forEach(this::comment);
    }
  }

  private void comment(String text) {
    out.append(text.isEmpty() ? "#" : "# " + text).append('\n');
  }

  private void instruction(Instruction instruction) {
    instruction.comments().forEach(this::comment);
    out.append(line(instruction)).append('\n');
    for (Heredoc doc : instruction.heredocs()) {
      out.append(doc.content()).append(doc.name()).append('\n');
    }
  }

  private String line(Instruction instruction) {
    StringBuilder line = new StringBuilder(instruction.keyword().name());
    for (Flag flag : instruction.flags()) {
      line.append(' ').append(flag(flag));
    }
    Keyword keyword = instruction.keyword();
    if (keyword == Keyword.ONBUILD) {
      instruction.trigger().ifPresent(t -> line.append(' ').append(line(t)));
      return line.toString();
    }
    if (keyword == Keyword.ENV || keyword == Keyword.LABEL) {
      return line.append(pairs(instruction, line.length())).toString();
    }
    List<String> args = instruction.arguments();
    if (keyword == Keyword.HEALTHCHECK && !args.isEmpty()) {
      line.append(' ').append(args.get(0));
      args = args.subList(1, args.size());
      if (args.isEmpty() && !instruction.execForm()) {
        return line.toString();
      }
    }
    if (instruction.execForm()) {
      return line.append(' ').append(json(args)).toString();
    }
    if (args.isEmpty()) {
      return line.toString();
    }
    String text = String.join(" ", args);
    if (keyword == Keyword.RUN && args.size() == 1 && line.length() + 1 + text.length() > LONG_LINE
        && instruction.heredocs().isEmpty()) {
      if (!instruction.flags().isEmpty()) {
        StringBuilder split = new StringBuilder(keyword.name());
        for (Flag flag : instruction.flags()) {
          split.append(split.length() == keyword.name().length() ? " " : " " + escape + "\n" + INDENT)
              .append(flag(flag));
        }
        return split.append(' ').append(escape).append('\n').append(INDENT).append(split(text)).toString();
      }
      return line.append(' ').append(split(text)).toString();
    }
    return line.append(' ').append(text).toString();
  }

  private String pairs(Instruction instruction, int prefix) {
    List<KeyValue> pairs = instruction.pairs();
    if (instruction.legacyForm() && pairs.size() == 1) {
      return " " + pairs.get(0).key() + " " + pairs.get(0).value();
    }
    List<String> words = new ArrayList<>();
    int length = prefix;
    for (KeyValue pair : pairs) {
      String word = pair.key() + "=" + pair.value();
      words.add(word);
      length += 1 + word.length();
    }
    if (pairs.size() > 1 && length > LONG_LINE) {
      return " " + String.join(" " + escape + "\n" + INDENT, words);
    }
    return words.isEmpty() ? "" : " " + String.join(" ", words);
  }

  /** Splits a shell command at each {@code &&}, {@code ||} and {@code ;} outside quotes. */
  private String split(String text) {
    List<String> parts = new ArrayList<>();
    char quote = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"') {
          i++;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\\') {
        i++;
      } else if (text.startsWith(" && ", i) || text.startsWith(" || ", i)) {
        parts.add(text.substring(start, i));
        start = i + 1;
        i += 3;
      } else if (text.startsWith("; ", i) && i + 2 < text.length()) {
        parts.add(text.substring(start, i + 1));
        start = i + 2;
        i += 1;
      }
    }
    parts.add(text.substring(start));
    if (parts.size() == 1) {
      return text;
    }
    return String.join(" " + escape + "\n" + INDENT, parts);
  }

  static String flag(Flag flag) {
    if (flag.value().isEmpty()) {
      return "--" + flag.name();
    }
    String value = flag.value().get();
    boolean plain = !value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"'
        || c == '\'' || c == '\\');
    return "--" + flag.name() + "=" + (plain ? value
        : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
  }

  /** A JSON array of strings. */
  static String json(List<String> items) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : ", ").append('"');
      for (char c : items.get(i).toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }
    return out.append(']').toString();
  }
}
