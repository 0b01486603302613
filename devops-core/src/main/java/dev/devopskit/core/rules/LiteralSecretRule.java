package dev.devopskit.core.rules;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.secret.SecretKind;
import dev.devopskit.core.secret.SecretMatch;
import dev.devopskit.core.secret.SecretScanner;
import dev.devopskit.core.secret.StringSite;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
    RuleInfo info = RuleInfo.builder().id(id).summary(summary).defaultSeverity(Severity.ERROR)
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
    for (StringSite site : strings.apply(value)) {
      Optional<SecretMatch> match = SecretScanner.defaults().scanValue(site.key(), site.value());
      if (match.isEmpty() || (!entropy && match.get().kind() == SecretKind.HIGH_ENTROPY)) {
        continue;
      }
      SecretMatch found = match.get();
      String where = site.key().isEmpty() ? "" : " in '" + site.key() + "'";
      context.report(site.path(), found.kind().description() + " written as a literal" + where + " ("
          + found.redacted() + ")", "remove it, rotate it, and use " + instead);
    }
  }
}
