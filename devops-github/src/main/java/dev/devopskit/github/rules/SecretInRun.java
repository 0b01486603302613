package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.github.expression.Expressions;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code github/secret-in-run}: a secret is not expanded into a {@code run:} script with {@code ${{ secrets.X }}}
 * (the value becomes part of the script text, where quoting can break and a process listing can show it), and a
 * script does not print an environment variable that holds a secret.
 */
public final class SecretInRun implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/secret-in-run")
      .profile(Profile.RECOMMENDED).confidence(Confidence.MEDIUM).defaultSeverity(Severity.WARNING)
      .summary("Secrets reach scripts through env, never expanded into run or printed")
      .addOptions(new RuleOption("allow", "secret names that may be expanded into scripts", "[]"))
      .build();
  private static final Pattern SECRET = Pattern.compile("\\bsecrets\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)"
      + "|\\bsecrets\\s*\\[\\s*'([^']+)'\\s*\\]");
  /** An echo or printf of a variable to the log: no pipe and no redirection on the line. */
  private static final Pattern PRINT = Pattern.compile("(?m)^\\s*(?:echo|printf)\\s[^\\n|>]*?\\$\\{?([A-Za-z_][A-Za-z0-9_]*)[^\\n|>]*$");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    List<String> allowed = context.listOption("allow");
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      List<Step> steps = entry.getValue().steps();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        if (step.run().isEmpty()) {
          continue;
        }
        String script = step.run().get();
        Set<String> expanded = new LinkedHashSet<>();
        // An expression that reads a secret holds the word, and every expression is a part of the script.
        if (script.contains("secrets")) {
          for (String expression : Expressions.embedded(script)) {
            expanded.addAll(secrets(expression));
          }
          expanded.removeAll(allowed);
        }
        if (!expanded.isEmpty()) {
          context.report(Pipelines.step(entry.getKey(), i).key("run"), "the script expands secret(s) "
              + String.join(", ", expanded) + " into its text with ${{ }}",
              "pass it through env: (env: { TOKEN: ${{ secrets." + expanded.iterator().next()
              + " }} }) and use \"$TOKEN\" in the script");
          continue;
        }
        if (!script.contains("echo") && !script.contains("printf")) {
          continue; // nothing is printed: every line PRINT matches holds one of the two words
        }
        if (!mentionsSecrets(workflow.env()) && !mentionsSecrets(entry.getValue().env())
            && !mentionsSecrets(step.env())) {
          continue; // no variable can hold a secret: every name secrets() finds is in an expression of a value
        }
        Map<String, String> env = new LinkedHashMap<>(workflow.env());
        env.putAll(entry.getValue().env());
        env.putAll(step.env());
        Matcher print = printMatcher(script);
        for (int from = nextPrint(print, script, 0); from >= 0; from = nextPrint(print, script, from)) {
          String variable = print.group(1);
          String value = env.getOrDefault(variable, "");
          Set<String> names = new LinkedHashSet<>();
          for (String expression : Expressions.embedded(value)) {
            names.addAll(secrets(expression));
          }
          names.removeAll(allowed);
          if (!names.isEmpty()) {
            context.report(Pipelines.step(entry.getKey(), i).key("run"), "the script prints $" + variable
                + ", which holds secret " + String.join(", ", names),
                "do not print secrets; masking is not a guarantee (encodings and substrings escape it)");
            break;
          }
        }
      }
    }
  }

  /** Whether any value holds the word {@link #secrets} needs in an expression to find a name. */
  private static boolean mentionsSecrets(Map<String, String> env) {
    for (String value : env.values()) {
      if (value.contains("secrets")) {
        return true;
      }
    }
    return false;
  }

  /** A matcher of {@link #PRINT} for {@link #nextPrint}. */
  static Matcher printMatcher(String script) {
    return PRINT.matcher(script).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * The next match of {@link #PRINT} at or after {@code from}, as {@code find()} gives it, left in the matcher;
   * returns where to search on, or -1 when there is none. A match starts at a line start followed by white space
   * and then {@code echo} or {@code printf}, so the pattern is only tried at the white space before each place
   * where one of the two words occurs (in order; the region's bounds are transparent and not anchoring, so
   * {@code ^} and {@code $} see the whole script).
   */
  static int nextPrint(Matcher matcher, String script, int from) {
    int length = script.length();
    int search = from;
    while (search < length) {
      int echo = script.indexOf("echo", search);
      int printf = script.indexOf("printf", search);
      int word = echo < 0 ? printf : printf < 0 ? echo : Math.min(echo, printf);
      if (word < 0) {
        return -1;
      }
      int start = word;
      while (start > from && regexSpace(script.charAt(start - 1))) {
        start--;
      }
      for (int at = start; at <= word; at++) {
        matcher.region(at, length);
        if (matcher.lookingAt()) {
          return matcher.end();
        }
      }
      search = word + 1;
    }
    return -1;
  }

  /** {@code \s} of a regular expression: {@code [ \t\n\x0B\f\r]}. */
  private static boolean regexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
  }

  /** The secret names an expression reads. */
  static Set<String> secrets(String expression) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = SECRET.matcher(expression);
    while (m.find()) {
      names.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return names;
  }
}
