package dev.devopskit.docker.compose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code .env} file as compose reads it: {@code NAME=value} lines, optional {@code export}, single-quoted
 * (literal) and double-quoted (escapes, several lines) values, {@code #} comments, and bare {@code NAME} lines
 * that take the value from the environment (empty here).
 */
public final class DotEnv {
  private final Map<String, Optional<String>> values;
  private final List<String> problems;

  private DotEnv(Map<String, Optional<String>> values, List<String> problems) {
    this.values = Collections.unmodifiableMap(values);
    this.problems = List.copyOf(problems);
  }

  /** Parses a file's text; never throws: lines it cannot read are listed in {@link #problems()}. */
  public static DotEnv parse(String text) {
    Map<String, Optional<String>> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring(7).strip();
      }
      int eq = line.indexOf('=');
      int colon = line.indexOf(':');
      int sep = eq < 0 ? colon : (colon < 0 ? eq : Math.min(eq, colon));
      if (sep < 0) {
        if (line.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
          values.put(line, Optional.empty());
        } else {
          problems.add("line " + (i + 1) + ": '" + line + "' is not NAME=value");
        }
        continue;
      }
      String key = line.substring(0, sep).strip();
      if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
        problems.add("line " + (i + 1) + ": '" + key + "' is not a variable name");
        continue;
      }
      String rest = line.substring(sep + 1).stripLeading();
      if (rest.startsWith("'") || rest.startsWith("\"")) {
        char quote = rest.charAt(0);
        StringBuilder value = new StringBuilder();
        String current = rest.substring(1);
        int lineIndex = i;
        while (true) {
          int end = closing(current, quote);
          if (end >= 0) {
            value.append(current, 0, end);
            break;
          }
          value.append(current).append('\n');
          if (++lineIndex >= lines.length) {
            problems.add("line " + (i + 1) + ": the quoted value of '" + key + "' is not closed");
            break;
          }
          current = lines[lineIndex];
        }
        i = lineIndex;
        values.put(key, Optional.of(quote == '"' ? unescape(value.toString()) : value.toString()
            .replace("\\'", "'")));
      } else {
        int comment = rest.indexOf(" #");
        String value = (comment >= 0 ? rest.substring(0, comment) : rest).strip();
        values.put(key, Optional.of(value));
      }
    }
    return new DotEnv(values, problems);
  }

  private static int closing(String text, char quote) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\\\", "\\");
  }

  /** The variables in file order; an empty value means taken from the environment. */
  public Map<String, Optional<String>> values() {
    return values;
  }

  /** Lines that could not be read. */
  public List<String> problems() {
    return problems;
  }

  /** Whether the file names a variable. */
  public boolean defines(String name) {
    return values.containsKey(name);
  }
}
