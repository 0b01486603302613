package dev.devopskit.core.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.secret.SecretKind;
import dev.devopskit.core.secret.SecretMatch;
import dev.devopskit.core.secret.SecretScanner;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The secret scanner as a rule over every string of a value. Each format makes its own with its own id
 * ({@code github/literal-secret}, {@code compose/literal-secret}) and a function that lists the value's strings.
 *
 * <pre>{@code
 * Rule<Workflow> rule = LiteralSecretRule.of("github/literal-secret", "No literal secrets in workflows",
 *     workflow -> YamlStrings.of(WorkflowWriter.tree(workflow)), "use ${{ secrets.NAME }}");
 * }</pre>
 *
 * @param <T> the value type
 */
public final class LiteralSecretRule<T> implements Rule<T> {
  /** A line that ends with a block scalar's indicator ({@code key: |}, {@code >-}, {@code |2}), maybe commented. */
  private static final Pattern BLOCK_INDICATOR = Pattern.compile("[:\\-]\\s+[|>][+-]?[1-9]?[+-]?\\s*(#.*)?$");

  private final RuleInfo info;
  private final Function<T, List<StringSite>> strings;
  private final String instead;

  private LiteralSecretRule(RuleInfo info, Function<T, List<StringSite>> strings, String instead) {
    this.info = info;
    this.strings = strings;
    this.instead = instead;
  }

  /**
   * A literal-secret rule.
   *
   * @param id the rule id
   * @param summary the one-line summary
   * @param strings lists the strings of a value with their paths and keys
   * @param instead how the format refers to a secret instead, for the fix suggestion
   */
  public static <T> LiteralSecretRule<T> of(String id, String summary, Function<T, List<StringSite>> strings,
      String instead) {
    RuleInfo info = RuleInfo.builder().id(id)
        .profile(Profile.RECOMMENDED).confidence(Confidence.MEDIUM).summary(summary).defaultSeverity(Severity.ERROR)
        .addOptions(new RuleOption("entropy", "also report high-entropy strings under neutral keys", "true"))
        .build();
    return new LiteralSecretRule<>(info, strings, instead);
  }

  /** The core rule {@code secrets/literal-secret} over a value's strings. */
  public static <T> LiteralSecretRule<T> core(Function<T, List<StringSite>> strings) {
    return new LiteralSecretRule<>(CoreRules.LITERAL_SECRET, strings, "a reference to a secret store");
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(T value, RuleContext context) {
    boolean entropy = context.booleanOption("entropy");
    FileRole role = context.fileRole();
    for (StringSite site : strings.apply(value)) {
      Optional<SecretMatch> match = SecretScanner.defaults().scanValue(site.key(), site.value(), role);
      if (match.isEmpty() || (!entropy && match.get().kind() == SecretKind.HIGH_ENTROPY)) {
        continue;
      }
      SecretMatch found = match.get();
      String where = site.key().isEmpty() ? "" : " in '" + site.key() + "'";
      String message = found.kind().description() + " written as a literal" + where + " (" + found.redacted() + ")";
      String fix = "remove it, rotate it, and use " + instead;
      Optional<Span> line = innerLine(context, site, found);
      Severity ceiling = found.kind() == SecretKind.WEAK_ASSIGNMENT ? Severity.WARNING : Severity.ERROR;
      if (line.isPresent()) {
        context.reportAtMost(ceiling, line.get(), site.path(), message, fix);
      } else {
        context.reportAtMost(ceiling, site.path(), message, fix);
      }
    }
  }

  /**
   * The line of a match inside a literal block scalar ({@code KESTRA_CONFIGURATION: |} followed by a nested
   * configuration), so that the finding points at the assignment and not at the block's first line.
   */
  private static Optional<Span> innerLine(RuleContext context, StringSite site, SecretMatch found) {
    int before = 0;
    for (int i = 0; i < Math.min(found.start(), site.value().length()); i++) {
      if (site.value().charAt(i) == '\n') {
        before++;
      }
    }
    if (before == 0 || context.source().isEmpty()) {
      return Optional.empty();
    }
    SourceFile source = context.source().get();
    Optional<Span> span = context.sourceMap().locate(site.path());
    if (span.isEmpty() || span.get().line() > source.lineCount()) {
      return Optional.empty();
    }
    // The element starts at its key or at the value; a block scalar's indicator ends that line.
    int first = span.get().line();
    String lineText = source.text().substring(source.lineStart(first), source.lineEnd(first));
    if (!BLOCK_INDICATOR.matcher(lineText).find()) {
      return Optional.empty();
    }
    int line = first + 1 + before;
    return line <= source.lineCount() ? Optional.of(Span.line(source, line)) : Optional.empty();
  }
}
