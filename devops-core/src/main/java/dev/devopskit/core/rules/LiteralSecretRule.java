package dev.devopskit.core.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.secret.SecretKind;
import dev.devopskit.core.secret.SecretMatch;
import dev.devopskit.core.secret.SecretScanner;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code literal-secret}, the secret scanner as a rule: the one implementation behind every format's rule. A format
 * gives the strings of its value with their paths and keys ({@code github/literal-secret},
 * {@code compose/literal-secret}), or its whole text ({@code secrets/literal-secret} over plain configuration
 * files), and how it refers to a secret instead; it may leave out matches that are not secrets in its files.
 *
 * <pre>{@code
 * Rule<Workflow> rule = LiteralSecretRule.of("github/literal-secret", "No literal secrets in workflows",
 *     workflow -> YamlStrings.of(WorkflowWriter.tree(workflow)), "${{ secrets.NAME }}");
 * }</pre>
 *
 * <p>Every finding reads {@code <kind> written as a literal in '<key>' (<redacted>)}: an error, or a warning for
 * a short, word-like value ({@link SecretKind#WEAK_ASSIGNMENT}). The option {@code entropy} turns the
 * high-entropy strings under neutral keys off. Outside configuration (tests, fixtures, translations, examples:
 * {@link FileRole}) only the formats that name a vendor are reported.
 *
 * @param <T> the value type
 */
public final class LiteralSecretRule<T> implements Rule<T> {
  /** A line that ends with a block scalar's indicator ({@code key: |}, {@code >-}, {@code |2}), maybe commented. */
  private static final Pattern BLOCK_INDICATOR = Pattern.compile("[:\\-]\\s+[|>][+-]?[1-9]?[+-]?\\s*(#.*)?$");

  private final RuleInfo info;
  private final Search<T> search;
  private final String fix;
  private final BiPredicate<StringSite, SecretMatch> notSecret;

  /** How a format's value is searched: its strings one by one, or its text as a whole. */
  private interface Search<T> {
    void run(T value, RuleContext context, LiteralSecretRule<T> rule);
  }

  private LiteralSecretRule(RuleInfo info, Search<T> search, String fix,
      BiPredicate<StringSite, SecretMatch> notSecret) {
    this.info = info;
    this.search = search;
    this.fix = fix;
    this.notSecret = notSecret;
  }

  /**
   * A literal-secret rule over the strings of a value.
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
    return new LiteralSecretRule<>(info, sites(strings), "remove it, rotate it, and use " + instead, (s, m) -> false);
  }

  /** The core rule {@code secrets/literal-secret} over a value's strings. */
  public static <T> LiteralSecretRule<T> core(Function<T, List<StringSite>> strings) {
    return new LiteralSecretRule<>(CoreRules.LITERAL_SECRET, sites(strings),
        "remove it, rotate it, and use a reference to a secret store", (s, m) -> false);
  }

  /**
   * The core rule {@code secrets/literal-secret} over a whole text (a {@code .env} or {@code .properties} file, a
   * script): provider formats and {@code NAME=value} assignments anywhere, each reported at its own span and line
   * (path {@code [line - 1]}).
   */
  public static <T> LiteralSecretRule<T> coreText(Function<T, String> text) {
    return new LiteralSecretRule<>(CoreRules.LITERAL_SECRET, (value, context, rule) -> rule.checkText(
        text.apply(value), context), "remove it, rotate it, and load it from the environment or a secret store",
        (s, m) -> false);
  }

  /**
   * This rule, leaving out the matches that the format knows are not secrets in its files (code on the right of an
   * assignment in a script, a resource path).
   *
   * @param notSecret whether a match in a string is not a secret
   */
  public LiteralSecretRule<T> except(BiPredicate<StringSite, SecretMatch> notSecret) {
    return new LiteralSecretRule<>(info, search, fix, this.notSecret.or(notSecret));
  }

  private static <T> Search<T> sites(Function<T, List<StringSite>> strings) {
    return (value, context, rule) -> rule.checkSites(strings.apply(value), context);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(T value, RuleContext context) {
    search.run(value, context, this);
  }

  private void checkSites(List<StringSite> sites, RuleContext context) {
    boolean entropy = context.booleanOption("entropy");
    FileRole role = context.fileRole();
    for (StringSite site : sites) {
      Optional<SecretMatch> match = SecretScanner.defaults().scanValue(site.key(), site.value(), role);
      if (match.isEmpty() || !entropy && match.get().kind() == SecretKind.HIGH_ENTROPY
          || notSecret.test(site, match.get())) {
        continue;
      }
      SecretMatch found = match.get();
      String where = site.key().isEmpty() ? "" : " in '" + site.key() + "'";
      String message = found.kind().description() + " written as a literal" + where + " (" + found.redacted() + ")";
      Optional<Span> line = innerLine(context, site, found);
      if (line.isPresent()) {
        context.reportAtMost(ceiling(found), line.get(), site.path(), message, fix);
      } else {
        context.reportAtMost(ceiling(found), site.path(), message, fix);
      }
    }
  }

  private void checkText(String text, RuleContext context) {
    SourceFile source = context.source().filter(s -> s.text().equals(text)).orElseGet(() -> SourceFile.of("", text));
    FileRole role = source.role();
    for (SecretMatch match : SecretScanner.defaults().scanText(text, role)) {
      int line = source.position(match.start()).line();
      context.reportAtMost(ceiling(match), source.span(match.start(), match.end()), DocPath.root().index(line - 1),
          match.kind().description() + " written as a literal (" + match.redacted() + ")", fix);
    }
  }

  /** A short, word-like value given to a secret-looking name is a warning at most; anything else an error. */
  private static Severity ceiling(SecretMatch match) {
    return match.kind() == SecretKind.WEAK_ASSIGNMENT ? Severity.WARNING : Severity.ERROR;
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
