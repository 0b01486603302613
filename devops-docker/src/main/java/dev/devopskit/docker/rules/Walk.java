package dev.devopskit.docker.rules;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Instruction;
import dev.devopskit.docker.dockerfile.Keyword;
import dev.devopskit.docker.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Paths and shared helpers of the Dockerfile rules. */
final class Walk {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?[A-Za-z_]");
  /** Server images: an image built FROM one runs that server through the base's own CMD. */
  private static final Pattern SERVER_BASE = Pattern.compile("(?i)^([a-z0-9.-]+\\.[a-z]+(:[0-9]+)?/)?(library/)?"
      + "(nginx|nginxinc/nginx-unprivileged|httpd|caddy|haproxy|traefik|postgres|mysql|mariadb|redis|mongo|rabbitmq"
      + "|memcached|elasticsearch|tomcat|jetty)([:@].*)?$");

  private Walk() {}

  /** One instruction with its stage and path. */
  record Site(int stageIndex, Stage stage, int index, Instruction instruction, DocPath path) {}

  static DocPath stage(int stage) {
    return DocPath.root().key("stages").index(stage);
  }

  static DocPath instruction(int stage, int index) {
    return stage(stage).key("instructions").index(index);
  }

  /** Every instruction of every stage, global ARGs first. */
  static List<Site> all(Dockerfile file) {
    List<Site> out = new ArrayList<>();
    for (int i = 0; i < file.globalArgs().size(); i++) {
      out.add(new Site(-1, null, i, file.globalArgs().get(i), DocPath.root().key("globalArgs").index(i)));
    }
    for (int s = 0; s < file.stages().size(); s++) {
      Stage stage = file.stages().get(s);
      for (int i = 0; i < stage.instructions().size(); i++) {
        out.add(new Site(s, stage, i, stage.instructions().get(i), instruction(s, i)));
      }
    }
    return out;
  }

  /**
   * The path of an entry of a compose field that has a mapping and a list syntax ({@code depends_on},
   * {@code networks}): the key when the file used a mapping, the list item when it used a list.
   */
  static DocPath entry(dev.devopskit.core.check.RuleContext context, DocPath field, java.util.Collection<String> keys,
      String key) {
    if (context.sourceMap().exact(field.key(key)).isPresent()) {
      return field.key(key);
    }
    int index = new ArrayList<>(keys).indexOf(key);
    if (index >= 0 && context.sourceMap().exact(field.index(index)).isPresent()) {
      return field.index(index);
    }
    return field.key(key);
  }

  /**
   * Whether the checked compose file is an override file ({@code docker-compose.override.yml}), which compose
   * merges over the main file: references to what the main file defines are not checked in it.
   */
  static boolean overrideFile(dev.devopskit.core.check.RuleContext context) {
    return context.source().map(s -> {
      String name = s.path().substring(s.path().lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
      return name.contains(".override.") || name.contains("-override.");
    }).orElse(false);
  }

  /** Whether a text holds a build variable ({@code $X}, {@code ${X}}). */
  static boolean hasVariable(String text) {
    return VARIABLE.matcher(text).find();
  }

  /** The earlier stage a stage starts from, when it starts from one. */
  static Optional<Integer> parentStage(Dockerfile file, int index) {
    String base = file.stages().get(index).baseImage();
    for (int i = index - 1; i >= 0; i--) {
      if (file.stages().get(i).name().map(n -> n.equalsIgnoreCase(base)).orElse(false)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the final image runs a service: its stage, or a stage it is built from, sets {@code CMD},
   * {@code ENTRYPOINT} or {@code EXPOSE}, or it starts from a server image (nginx, postgres...) whose own
   * {@code CMD} it keeps. A base image for other images, a builder or a tool image sets none of them: it is not a
   * service, and the rules about running services leave it alone.
   */
  static boolean runsService(Dockerfile file) {
    int current = file.stages().size() - 1;
    while (true) {
      Stage stage = file.stages().get(current);
      if (!stage.instructions(Keyword.CMD).isEmpty() || !stage.instructions(Keyword.ENTRYPOINT).isEmpty()
          || !stage.instructions(Keyword.EXPOSE).isEmpty()) {
        return true;
      }
      Optional<Integer> parent = parentStage(file, current);
      if (parent.isEmpty()) {
        return SERVER_BASE.matcher(stage.baseImage().strip()).matches();
      }
      current = parent.get();
    }
  }

  /** Whether the base of a stage is an earlier stage. */
  static boolean fromStage(Dockerfile file, int index) {
    return parentStage(file, index).isPresent();
  }

  /**
   * Whether a shell word of the text may be one of these words: every word of {@link #commands} is a part of the
   * text once its quotes are removed and its escapes resolved, so a text containing none of them holds none (a
   * test far cheaper than splitting the text into words).
   */
  static boolean mayHoldWord(String text, java.util.Collection<String> words) {
    boolean plain = text.indexOf('\'') < 0 && text.indexOf('"') < 0 && text.indexOf('\\') < 0;
    String joined = plain ? text : unquoted(text);
    for (String word : words) {
      if (joined.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The text as {@link #commands} reads it, separators kept: quotes removed, escaped characters as themselves. */
  private static String unquoted(String text) {
    StringBuilder out = new StringBuilder(text.length());
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          out.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\\' && i + 1 < text.length()) {
        out.append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Shell words of a command with quotes removed, split at operators ({@code &&}, {@code ;}, {@code |}). */
  static List<List<String>> commands(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
        inWord = true;
      } else if (c == '&' || c == ';' || c == '|' || c == '(' || c == ')' || c == '\n') {
        if (inWord) {
          current.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          current.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      current.add(word.toString());
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** The shell text of a RUN, including heredoc bodies. */
  static String runText(Instruction run) {
    StringBuilder text = new StringBuilder(run.execForm() ? String.join(" ", run.arguments()) : run.commandText());
    run.heredocs().forEach(h -> text.append('\n').append(h.content()));
    return text.toString();
  }
}
