package dev.devopskit.core.policy;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.syntax.Glob;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy-file suppression: findings of a rule (or a rule pattern such as {@code github/*}) in files matching a
 * glob, optionally only under a document path, with the reason the team accepted them.
 *
 * @param rule a rule id, or a namespace pattern ending in {@code /*}, or {@code *}
 * @param pathGlob a glob over the file path ({@code .github/workflows/release.yml}, {@code **}{@code /*.yml}); empty
 *     for every file
 * @param docPath a document path prefix ({@code jobs.deploy}); empty for the whole file
 * @param reason why the findings are accepted (required)
 */
public record Suppression(String rule, Optional<String> pathGlob, Optional<String> docPath, String reason) {

  /** Validates that a reason is given. */
  public Suppression {
    Objects.requireNonNull(rule, "rule");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("suppression of '" + rule + "' needs a reason: say why it is accepted");
    }
  }

  /** Whether a rule id matches this suppression's rule pattern. */
  public boolean matchesRule(String ruleId) {
    return RulePattern.matches(rule, ruleId);
  }

  /** Whether a file path matches the glob (always, when there is none). */
  public boolean matchesFile(String file) {
    if (pathGlob.isEmpty()) {
      return true;
    }
    if (file.isEmpty()) {
      return false;
    }
    return Glob.policyPath(pathGlob.get()).matches(file) || file.equals(pathGlob.get());
  }

  /** The record's text with any secret the scanner recognises in the reason masked. */
  @Override
  public String toString() {
    return Redaction.redactSecrets("Suppression[rule=" + rule + ", pathGlob=" + pathGlob + ", docPath=" + docPath
        + ", reason=" + reason + "]");
  }
}
