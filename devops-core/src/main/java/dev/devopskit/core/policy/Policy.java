package dev.devopskit.core.policy;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.value.DevOpsStyle;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which rules run, with which options and severities, and which findings are accepted.
 *
 * <pre>{@code
 * CheckResult result = Policy.defaults().check(workflow);          // a value built in Java, profile recommended
 * CheckResult fromDisk = Policy.defaults().check(parsed, format);   // a file read from disk
 * Policy team = Policy.of(Profile.TRUNK).withIgnore("github/job-name")
 *     .withOptions(Map.of("github/pipeline-budget", Map.of("budget-minutes", 8)));
 * }</pre>
 *
 * <p>Which rules run: those of the {@link #profile()} (and of the profiles it includes), plus those matched by
 * {@link #select()}, less those matched by {@link #ignore()}. When a caller passes its own list of rules
 * ({@link #check(Object, List)}), the profile does not filter that list: the caller chose the rules.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Policy implements WithPolicy {

  /** The profile whose rules run: {@code recommended} unless the policy file or caller says otherwise. */
  @Value.Default
  public Profile profile() {
    return Profile.RECOMMENDED;
  }

  /**
   * Rule patterns that run in addition to the profile's: ids, namespaces ({@code github/*}) or {@code *} (every
   * rule, like the {@code strict} profile). Default: none.
   */
  public abstract List<String> select();

  /** Rule patterns that do not run, even when the profile or {@link #select()} includes them. */
  public abstract List<String> ignore();

  /** Severity per rule id, replacing the rule's default. */
  public abstract Map<String, Severity> severities();

  /** Options per rule id ({@code budget-minutes: 15}); values are strings, numbers, booleans or lists. */
  public abstract Map<String, Map<String, Object>> options();

  /** Accepted findings, by rule and file. */
  public abstract List<Suppression> suppressions();

  /** Fingerprints of accepted findings (a baseline). */
  public abstract Set<String> baseline();

  /** Globs of files that are never checked ({@code fixtures/**}). */
  public abstract List<String> exclude();

  /** Where the policy came from (a policy file's path), for findings about the policy itself. */
  public abstract Optional<String> origin();

  /** Where the baseline came from, for findings about stale entries. */
  public abstract Optional<String> baselineOrigin();

  /** The clock that date-based rules use (expired flags, overdue reviews); not part of the policy's equality. */
  @Value.Default
  @Value.Auxiliary
  public Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * The default policy, as for a repository without a policy file: the {@code recommended} rules at their default
   * severities, nothing suppressed.
   */
  public static Policy defaults() {
    return builder().build();
  }

  /** The rules of one profile at their default severities, nothing suppressed. */
  public static Policy of(Profile profile) {
    return builder().profile(profile).build();
  }

  /** Starts a policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds policies. */
  public static final class Builder extends ImmutablePolicy.Builder {}

  /** Whether a rule runs under this policy: in the profile or selected, and not ignored. */
  public boolean enabled(RuleInfo rule) {
    return (profile().includes(rule.profile()) || matchesAny(select(), rule.id())) && !ignored(rule.id());
  }

  /**
   * Whether a rule runs when the caller chose it by hand ({@link #check(Object, List)}): only {@link #ignore()}
   * removes it.
   */
  boolean ignored(String ruleId) {
    return matchesAny(ignore(), ruleId);
  }

  /**
   * Whether findings of a rule id run under this policy, looking its profile up in {@code rules}; an id not there
   * (a reader's or the engine's own) counts as {@code recommended}.
   */
  boolean enabled(String ruleId, Map<String, RuleInfo> rules) {
    RuleInfo info = rules.get(ruleId);
    return info != null ? enabled(info) : !ignored(ruleId);
  }

  private static boolean matchesAny(List<String> patterns, String ruleId) {
    for (String pattern : patterns) {
      if (RulePattern.matches(pattern, ruleId)) {
        return true;
      }
    }
    return false;
  }

  /** The severity a rule's findings get. */
  public Severity severityOf(RuleInfo rule) {
    return severities().getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /** The options set for a rule. */
  public Map<String, Object> optionsOf(String ruleId) {
    return options().getOrDefault(ruleId, Map.of());
  }

  /**
   * Checks a value built in Java, or what a reader returned (a {@link Parsed}, with its positions and reader
   * findings), with the rules of the installed format for the value's type.
   *
   * @throws IllegalArgumentException when no installed format reads values of this type
   */
  public CheckResult check(Object value) {
    if (value instanceof Parsed<?>) {
      return checkRead((Parsed<?>) value);
    }
    Format<?> format = Formats.installed().forValue(value).orElseThrow(() -> new IllegalArgumentException(
        "no installed format checks values of type " + value.getClass().getSimpleName()
            + "; add the devops-kit module for it to the class path"));
    return checkWith(value, format);
  }

  /**
   * Checks what a reader returned ({@code Policy.defaults().check(GitHubActions.read(path))}): its findings and
   * positions, with the rules of the installed format for the value's type. A file that could not be read at all
   * gives the reader's findings.
   */
  @SuppressWarnings("unchecked")
  private CheckResult checkRead(Parsed<?> parsed) {
    Optional<Format<?>> format = parsed.value().flatMap(v -> Formats.installed().forValue(v));
    if (format.isEmpty()) {
      if (parsed.value().isPresent()) {
        throw new IllegalArgumentException("no installed format checks values of type "
            + parsed.value().get().getClass().getSimpleName() + "; add the devops-kit module for it to the class path");
      }
      return Engine.checkParsed(this, parsed, List.of(), List.of(), true);
    }
    return check((Parsed<Object>) parsed, (Format<Object>) format.get());
  }

  @SuppressWarnings("unchecked")
  private <T> CheckResult checkWith(Object value, Format<T> format) {
    return Engine.checkValue(this, (T) value, format.rules(), true);
  }

  /** Checks a value built in Java with the given rules, whatever their profile; {@link #ignore()} still applies. */
  public <T> CheckResult check(T value, List<? extends Rule<? super T>> rules) {
    return Engine.checkValue(this, value, rules, false);
  }

  /** Checks a file read from disk with its format's rules, including the reader's findings. */
  public <T> CheckResult check(Parsed<T> parsed, Format<T> format) {
    return Engine.checkParsed(this, parsed, format.rules(), format.readerRules(), true);
  }

  /**
   * Checks a file read from disk with its format's rules plus findings made elsewhere about the same file (rules
   * that look at several files), applying the policy to all of them at once so that inline suppressions see both.
   */
  public <T> CheckResult check(Parsed<T> parsed, Format<T> format, List<dev.devopskit.core.check.Finding> extra) {
    Parsed<T> all = extra.isEmpty() ? parsed : parsed.withFindings(extra);
    return Engine.checkParsed(this, all, format.rules(), format.readerRules(), true);
  }

  /**
   * Checks a file read from disk with the given rules, whatever their profile, including the reader's findings;
   * {@link #ignore()} still applies.
   */
  public <T> CheckResult check(Parsed<T> parsed, List<? extends Rule<? super T>> rules) {
    return Engine.checkParsed(this, parsed, rules, List.of(), false);
  }

  /**
   * Applies this policy's severities, selection and suppressions to findings made outside a rule run (for example
   * by rules that look at several files at once). Inline suppressions are read from {@code source} when given.
   *
   * @param findings the raw findings, all in {@code source}'s file when a source is given
   * @param rules the rules the findings come from, for report metadata
   */
  public CheckResult apply(List<dev.devopskit.core.check.Finding> findings,
      java.util.Optional<dev.devopskit.core.source.SourceFile> source, List<RuleInfo> rules) {
    java.util.Map<String, RuleInfo> infos = new java.util.LinkedHashMap<>();
    rules.forEach(r -> infos.put(r.id(), r));
    List<dev.devopskit.core.check.Finding> selected = new java.util.ArrayList<>();
    for (dev.devopskit.core.check.Finding finding : findings) {
      if (enabled(finding.ruleId(), infos)) {
        selected.add(finding.withSeverity(severities().getOrDefault(finding.ruleId(), finding.severity())));
      }
    }
    return Engine.applyFindings(this, selected, source, infos);
  }
}
