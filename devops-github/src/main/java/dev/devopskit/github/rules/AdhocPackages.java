package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.syntax.ShellWords;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code github/adhoc-packages}: a {@code run:} script does not install a named package outside the project's lock
 * file: {@code npm install <pkg>} (and its aliases {@code i}, {@code add}...), {@code npm exec <pkg>},
 * {@code npx --yes <pkg>} and {@code gem install <gem>}. {@code npm ci}, a bare {@code npm install} and
 * {@code bundle install} read the lock file and are not reported. Scripts for shells other than bash, sh and zsh
 * are not read. Composite actions' steps are judged the same way ({@link StepRule}).
 */
public final class AdhocPackages implements Rule<Workflow>, StepRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/adhoc-packages")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.NOTE)
      .summary("Scripts install packages from the lock file, not by name")
      .build();
  private static final Set<String> NPM_INSTALL = Set.of("install", "i", "in", "ins", "inst", "insta", "instal",
      "isnt", "isnta", "isntal", "isntall", "add");
  private static final Set<String> POSIX = Set.of("bash", "sh", "zsh");
  private static final Set<String> PREFIXES = Set.of("sudo", "time", "exec", "command", "env");
  /** npm options that take the next word as their value (a folder, a registry), which is not a package. */
  private static final Set<String> NPM_VALUED = Set.of("--prefix", "-C", "--workspace", "-w", "--registry",
      "--cache", "--omit", "--include", "--loglevel", "--userconfig", "--install-strategy", "--tag");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      for (int i = 0; i < entry.getValue().steps().size(); i++) {
        checkStep(entry.getValue().steps().get(i), StepScope.inJob(workflow, entry.getKey(), i), context);
      }
    }
  }

  @Override
  public void checkStep(Step step, StepScope scope, RuleContext context) {
    Optional<RunShell> shell = RunShell.of(step, scope);
    if (step.run().isEmpty() || shell.isPresent() && !POSIX.contains(shell.get().program())) {
      return;
    }
    for (String command : commands(step.run().get())) {
      installs(command).ifPresent(what -> context.report(scope.path().key("run"), "'" + what + "' installs a "
          + "package by name, outside the lock file, so each run may get another version or a hijacked one",
          "declare it in package.json or the Gemfile and install with npm ci or bundle install, or use a "
          + "setup action that pins the tool's version"));
    }
  }

  /** The command as written when it installs a package by name. */
  static Optional<String> installs(String command) {
    List<String> words = new ArrayList<>(ShellWords.words(command.strip()));
    words.removeIf(w -> w.matches("\\d*[<>].*"));
    while (!words.isEmpty() && (words.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")
        || PREFIXES.contains(words.get(0)) || words.get(0).startsWith("-"))) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String program = words.get(0);
    List<String> args = words.subList(1, words.size());
    boolean adhoc = switch (program) {
      case "gem" -> after(args, "install");
      case "npm" -> npm(args);
      case "npx" -> (args.contains("-y") || args.contains("--yes")) && args.stream().anyMatch(a -> !a.startsWith("-"));
      default -> false;
    };
    return adhoc ? Optional.of(command.strip()) : Optional.empty();
  }

  private static boolean npm(List<String> args) {
    int sub = 0;
    while (sub < args.size() && args.get(sub).startsWith("-")) {
      sub++;
    }
    if (sub == args.size()) {
      return false;
    }
    String subcommand = args.get(sub);
    List<String> rest = new ArrayList<>();
    for (int i = sub + 1; i < args.size(); i++) {
      if (NPM_VALUED.contains(args.get(i))) {
        i++;
      } else {
        rest.add(args.get(i));
      }
    }
    if (NPM_INSTALL.contains(subcommand)) {
      return rest.stream().anyMatch(AdhocPackages::registryPackage);
    }
    return (subcommand.equals("exec") || subcommand.equals("x")) && rest.stream().anyMatch(a -> !a.startsWith("-")
        || a.equals("-p") || a.equals("--package") || a.startsWith("-p=") || a.startsWith("--package="));
  }

  /** Whether a word names a package of the registry: not a flag, a local folder or a tarball. */
  private static boolean registryPackage(String word) {
    return !word.startsWith("-") && !word.startsWith(".") && !word.startsWith("/") && !word.endsWith(".tgz")
        && !word.startsWith("file:");
  }

  /** Whether a word that is not a flag follows {@code word}. */
  private static boolean after(List<String> args, String word) {
    int at = args.indexOf(word);
    return at >= 0 && args.subList(at + 1, args.size()).stream().anyMatch(a -> !a.startsWith("-"));
  }

  /**
   * The simple commands of a POSIX script: split at unquoted newlines, {@code ;}, {@code &}, {@code |} and
   * parentheses, with line continuations joined and comments dropped.
   */
  static List<String> commands(String script) {
    String text = script.replace("\\\r\n", " ").replace("\\\n", " ");
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        current.append(c);
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
          current.append(text.charAt(++i));
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        current.append(c);
      } else if (c == '#' && (current.length() == 0 || Character.isWhitespace(current.charAt(current.length() - 1)))) {
        while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
          i++;
        }
      } else if ("\n;&|()`".indexOf(c) >= 0) {
        flush(current, out);
      } else {
        current.append(c);
      }
    }
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    current.setLength(0);
  }
}
