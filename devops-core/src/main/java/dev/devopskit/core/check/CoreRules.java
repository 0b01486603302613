package dev.devopskit.core.check;

import java.util.List;

/** The rules of devops-core itself: the engine's, the readers' and the secret scanner's. */
public final class CoreRules {
  private CoreRules() {}

  /** A suppression (inline, policy entry or baseline entry) that matched no finding. */
  public static final RuleInfo UNUSED_SUPPRESSION = RuleInfo.of("core/unused-suppression",
      Profile.RECOMMENDED, Severity.WARNING, "A suppression that suppresses nothing is removed");
  /** An inline suppression without a reason or a rule id. */
  public static final RuleInfo INVALID_SUPPRESSION = RuleInfo.of("core/invalid-suppression",
      Profile.RECOMMENDED, Severity.ERROR, "Inline suppressions name their rules and give a reason");
  /** A rule that threw instead of reporting. */
  public static final RuleInfo RULE_FAILURE = RuleInfo.of("core/rule-failure", Profile.RECOMMENDED, Severity.ERROR,
      "A rule failed on this input; the other rules still ran");
  /** A policy file, option or baseline that could not be used as written. */
  public static final RuleInfo POLICY = RuleInfo.of("core/policy", Profile.RECOMMENDED, Severity.ERROR,
      "Policy files, rule options and baselines are valid");
  /** A file that is not valid UTF-8 or holds NUL bytes. */
  public static final RuleInfo ENCODING = RuleInfo.of("source/encoding", Profile.RECOMMENDED, Severity.ERROR,
      "Text files are valid UTF-8 without NUL bytes");
  /** A file over the size limit. */
  public static final RuleInfo TOO_LARGE = RuleInfo.of("source/too-large", Profile.RECOMMENDED, Severity.ERROR,
      "Files stay within the size the readers accept");
  /** A file that could not be read from disk. */
  public static final RuleInfo UNREADABLE = RuleInfo.of("source/unreadable", Profile.RECOMMENDED, Severity.ERROR,
      "Files can be read");
  /** YAML that does not parse. */
  public static final RuleInfo YAML_SYNTAX = RuleInfo.of("yaml/syntax", Profile.RECOMMENDED, Severity.ERROR,
      "YAML files parse");
  /** A mapping with the same key twice. */
  public static final RuleInfo YAML_DUPLICATE_KEY = RuleInfo.of("yaml/duplicate-key",
      Profile.RECOMMENDED, Severity.ERROR, "Mapping keys are unique");
  /** YAML over the reader's bounds (size, nesting, alias expansion). */
  public static final RuleInfo YAML_LIMIT = RuleInfo.of("yaml/limit-exceeded", Profile.RECOMMENDED, Severity.ERROR,
      "YAML stays within the reader's size, depth and alias-expansion bounds");
  /** A literal secret in a file or value. */
  public static final RuleInfo LITERAL_SECRET = RuleInfo.builder().id("secrets/literal-secret")
      .profile(Profile.RECOMMENDED).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.ERROR).summary("No literal secrets in files or values")
      .addOptions(new RuleOption("entropy", "also report high-entropy strings under neutral keys", "true"))
      .build();

  /** Every core rule. */
  public static List<RuleInfo> all() {
    return List.of(UNUSED_SUPPRESSION, INVALID_SUPPRESSION, RULE_FAILURE, POLICY, ENCODING, TOO_LARGE, UNREADABLE,
        YAML_SYNTAX, YAML_DUPLICATE_KEY, YAML_LIMIT, LITERAL_SECRET);
  }

  /** The rules a YAML reader's findings use. */
  public static List<RuleInfo> yamlReader() {
    return List.of(YAML_SYNTAX, YAML_DUPLICATE_KEY, YAML_LIMIT, ENCODING, TOO_LARGE, UNREADABLE);
  }
}
