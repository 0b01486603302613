package dev.devopskit.core.policy;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.value.OwnText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The outcome of a check: the findings that remain after the policy, what was suppressed, and what ran.
 */
@Value.Immutable
@DevOpsStyle
public abstract class CheckResult implements WithCheckResult, OwnText {

  /** Findings that remain, sorted by file, line and rule. */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<Finding> findings();

  /** How many findings the policy suppressed (inline, policy file or baseline). */
  @Value.Default
  public int suppressed() {
    return 0;
  }

  /** How many files were checked (0 for a value built in Java). */
  @Value.Default
  public int filesChecked() {
    return 0;
  }

  /** The rules that ran or could report, by id, for report metadata. */
  public abstract Map<String, RuleInfo> rules();

  /** Suppressions from the policy file and baseline entries that were used (for unused-suppression reports). */
  public abstract Set<String> usedPolicySuppressions();

  /** Starts a result. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds results. */
  public static final class Builder extends ImmutableCheckResult.Builder {}

  /** An empty result. */
  public static CheckResult empty() {
    return builder().build();
  }

  /** The findings as a list. */
  public List<Finding> findingList() {
    return new ArrayList<>(findings());
  }

  /** How many findings have this severity. */
  public long count(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).count();
  }

  /** The most severe finding's severity. */
  public Optional<Severity> highest() {
    return findings().stream().map(Finding::severity).min(Enum::compareTo);
  }

  /** Whether any finding is at least this severe. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The files that have findings, in order (findings about values built in Java have no file). */
  public Set<String> filesWithFindings() {
    Set<String> files = new TreeSet<>();
    findings().stream().map(f -> f.location().file()).filter(file -> !file.isEmpty()).forEach(files::add);
    return files;
  }

  /** Several results as one. */
  public static CheckResult merge(Collection<CheckResult> results) {
    Builder builder = builder();
    int suppressed = 0;
    int files = 0;
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    for (CheckResult result : results) {
      builder.addAllFindings(result.findings());
      builder.addAllUsedPolicySuppressions(result.usedPolicySuppressions());
      suppressed += result.suppressed();
      files += result.filesChecked();
      rules.putAll(result.rules());
    }
    return builder.suppressed(suppressed).filesChecked(files).putAllRules(rules).build();
  }

  /** {@code CheckResult[3 findings, 1 suppressed, 12 files]} (what {@code toString()} shows). */
  @Override
  public String ownText() {
    return "CheckResult[" + findings().size() + " findings, " + suppressed() + " suppressed, " + filesChecked()
        + " files]";
  }
}
