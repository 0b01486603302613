package dev.devopskit.core.check;

import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What a rule is: a stable id namespaced by its module ({@code github/fail-fast-order}), a one-line summary without
 * a final period, the profile it belongs to, how confident its findings are, a default severity, its options, and
 * where its documentation lives.
 */
@Value.Immutable
@DevOpsStyle
public abstract class RuleInfo implements WithRuleInfo {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*/[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Where rule documentation is published; {@code docs/rules/<id>.md} in the repository. */
  public static final String DOCS_BASE = "https://github.com/devops-kit/devops-kit/blob/main/docs/rules/";

  /** The stable id, {@code namespace/name} in kebab case. */
  public abstract String id();

  /** One line saying what the rule checks, without a final period. */
  public abstract String summary();

  /** The narrowest profile that runs the rule; every wider profile runs it too. */
  public abstract Profile profile();

  /** How sure the rule is of each finding; high unless the rule is a heuristic. */
  @Value.Default
  public Confidence confidence() {
    return Confidence.HIGH;
  }

  /** The severity of its findings unless the policy overrides it. */
  public abstract Severity defaultSeverity();

  /** Its options with their defaults. */
  public abstract List<RuleOption> options();

  /** The namespace: the part of the id before the slash. */
  public String namespace() {
    return id().substring(0, id().indexOf('/'));
  }

  /** The documentation page. */
  @Value.Default
  public String docUrl() {
    return DOCS_BASE + id() + ".md";
  }

  /** A rule with no options and high confidence. */
  public static RuleInfo of(String id, Profile profile, Severity severity, String summary) {
    return builder().id(id).profile(profile).defaultSeverity(severity).summary(summary).build();
  }

  /** Starts a rule description. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rule descriptions. */
  public static final class Builder extends ImmutableRuleInfo.Builder {}

  @Value.Check
  protected void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "rule id '" + id() + "' must be 'namespace/name' in lower kebab case, like 'github/job-name'");
    }
    if (summary().isBlank() || summary().endsWith(".")) {
      throw new IllegalArgumentException("summary of rule '" + id() + "' must be one line without a final period");
    }
  }
}
