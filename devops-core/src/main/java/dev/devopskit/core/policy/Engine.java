package dev.devopskit.core.policy;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.FileFacts;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.SourceMap;
import dev.devopskit.core.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs rules under a policy and applies its severities and suppressions. */
final class Engine {
  private Engine() {}

  /**
   * Checks a value.
   *
   * @param byProfile whether the policy's profile and selection pick among {@code rules}, or the caller chose them
   */
  static <T> CheckResult checkValue(Policy policy, T value, List<? extends Rule<? super T>> rules,
      boolean byProfile) {
    Map<String, RuleInfo> infos = new LinkedHashMap<>();
    List<Finding> raw = run(policy, value, rules, Optional.empty(), SourceMap.none(), infos, byProfile);
    return apply(policy, raw, Optional.empty(), infos, 0);
  }

  static <T> CheckResult checkParsed(Policy policy, Parsed<T> parsed, List<? extends Rule<? super T>> rules,
      List<RuleInfo> readerRules, boolean byProfile) {
    Map<String, RuleInfo> infos = new LinkedHashMap<>();
    for (RuleInfo rule : readerRules) {
      infos.put(rule.id(), rule);
    }
    for (RuleInfo rule : CoreRules.yamlReader()) {
      infos.putIfAbsent(rule.id(), rule);
    }
    List<Finding> raw = new ArrayList<>();
    for (Finding finding : parsed.findings()) {
      if (byProfile ? policy.enabled(finding.ruleId(), infos) : !policy.ignored(finding.ruleId())) {
        raw.add(finding.withSeverity(policy.severities().getOrDefault(finding.ruleId(), finding.severity())));
      }
    }
    Optional<SourceFile> source = Optional.of(parsed.source());
    if (parsed.value().isPresent()) {
      raw.addAll(run(policy, parsed.value().get(), rules, source, parsed.sourceMap(), infos, byProfile));
    }
    return apply(policy, raw, source, infos, 1);
  }

  private static <T> List<Finding> run(Policy policy, T value, List<? extends Rule<? super T>> rules,
      Optional<SourceFile> source, SourceMap map, Map<String, RuleInfo> infos, boolean byProfile) {
    List<Finding> findings = new ArrayList<>();
    String file = source.isPresent() ? source.get().path() : "";
    FileFacts facts = new FileFacts();
    for (Rule<? super T> rule : rules) {
      RuleInfo info = rule.info();
      infos.put(info.id(), info);
      if (byProfile ? !policy.enabled(info) : policy.ignored(info.id())) {
        continue;
      }
      RuleContext context = new RuleContext(info, policy.severityOf(info), policy.optionsOf(info.id()), source,
          map, policy.clock(), facts);
      try {
        rule.check(value, context);
        findings.addAll(context.findings());
      } catch (RuntimeException | StackOverflowError e) {
        findings.addAll(context.findings());
        infos.put(CoreRules.RULE_FAILURE.id(), CoreRules.RULE_FAILURE);
        findings.add(Finding.builder().ruleId(CoreRules.RULE_FAILURE.id()).severity(Severity.ERROR)
            .message("rule " + info.id() + " failed on this input (" + e.getClass().getSimpleName()
                + "); its findings may be incomplete")
            .fix("report this as a devops-kit bug with the file that triggers it")
            .location(new Location(file, source.map(s -> Span.at(s.position(0))), DocPath.root())).build());
      }
      for (String problem : context.optionProblems()) {
        infos.put(CoreRules.POLICY.id(), CoreRules.POLICY);
        findings.add(Finding.of(CoreRules.POLICY.id(), Severity.ERROR, problem + "; the default is used",
            new Location(policy.origin().orElse(""), Optional.empty(), DocPath.of("rules", info.id()))));
      }
    }
    return findings;
  }

  private static CheckResult apply(Policy policy, List<Finding> raw, Optional<SourceFile> source,
      Map<String, RuleInfo> infos, int files) {
    List<InlineSuppression> inline = source.isPresent() ? InlineSuppression.scan(source.get()) : List.of();
    Set<InlineSuppression> usedInline = new HashSet<>();
    Set<String> usedPolicy = new HashSet<>();
    List<Finding> kept = new ArrayList<>();
    int suppressed = 0;
    for (Finding finding : raw) {
      // Most files have no suppressions: no stream is started for them.
      Optional<InlineSuppression> byComment = inline.isEmpty() ? Optional.empty() : inline.stream()
          .filter(s -> !s.reason().isEmpty() && s.targetLine() == finding.location().line()
              && s.matchesRule(finding.ruleId()))
          .findFirst();
      if (byComment.isPresent()) {
        usedInline.add(byComment.get());
        suppressed++;
        continue;
      }
      Optional<Suppression> byPolicy = policy.suppressions().isEmpty() ? Optional.empty() : policy.suppressions()
          .stream()
          .filter(s -> s.matchesRule(finding.ruleId()) && s.matchesFile(finding.location().file())
              && s.docPath().map(p -> finding.location().path().startsWith(DocPath.parse(p))).orElse(true))
          .findFirst();
      if (byPolicy.isPresent()) {
        usedPolicy.add(suppressionKey(policy.suppressions().indexOf(byPolicy.get())));
        suppressed++;
        continue;
      }
      if (!policy.baseline().isEmpty() && policy.baseline().contains(finding.fingerprint())) {
        usedPolicy.add(finding.fingerprint());
        suppressed++;
        continue;
      }
      kept.add(finding);
    }
    if (source.isPresent()) {
      reportInline(policy, source.get(), inline, usedInline, kept, infos);
    }
    return CheckResult.builder().addAllFindings(kept).suppressed(suppressed).filesChecked(files)
        .putAllRules(infos).addAllUsedPolicySuppressions(usedPolicy).build();
  }

  static CheckResult applyFindings(Policy policy, List<Finding> raw, Optional<SourceFile> source,
      Map<String, RuleInfo> infos) {
    return apply(policy, raw, source, infos, 0);
  }

  static String suppressionKey(int index) {
    return "suppression#" + index;
  }

  private static void reportInline(Policy policy, SourceFile file, List<InlineSuppression> inline,
      Set<InlineSuppression> used, List<Finding> kept, Map<String, RuleInfo> infos) {
    for (InlineSuppression suppression : inline) {
      Span line = Span.line(file, suppression.commentLine());
      if (suppression.rules().isEmpty() || suppression.reason().isEmpty()) {
        if (policy.enabled(CoreRules.INVALID_SUPPRESSION)) {
          infos.put(CoreRules.INVALID_SUPPRESSION.id(), CoreRules.INVALID_SUPPRESSION);
          kept.add(Finding.builder().ruleId(CoreRules.INVALID_SUPPRESSION.id())
              .severity(policy.severityOf(CoreRules.INVALID_SUPPRESSION))
              .message(suppression.rules().isEmpty() ? "suppression names no rule"
                  : "suppression of " + String.join(", ", suppression.rules()) + " gives no reason")
              .fix("write it as: devops-kit: ignore[rule-id] why this is acceptable")
              .location(Location.of(file.path(), line, DocPath.root())).build());
        }
      } else if (!used.contains(suppression) && !suppression.foreign()
          && policy.enabled(CoreRules.UNUSED_SUPPRESSION)) {
        infos.put(CoreRules.UNUSED_SUPPRESSION.id(), CoreRules.UNUSED_SUPPRESSION);
        kept.add(Finding.builder().ruleId(CoreRules.UNUSED_SUPPRESSION.id())
            .severity(policy.severityOf(CoreRules.UNUSED_SUPPRESSION))
            .message("suppression of " + String.join(", ", suppression.rules()) + " matches no finding on line "
                + suppression.targetLine())
            .fix("remove the comment")
            .location(Location.of(file.path(), line, DocPath.root())).build());
      }
    }
  }

  /** Findings for policy-file suppressions and baseline entries that no finding used in a whole run. */
  static List<Finding> unusedPolicySuppressions(Policy policy, Set<String> used) {
    List<Finding> findings = new ArrayList<>();
    if (!policy.enabled(CoreRules.UNUSED_SUPPRESSION)) {
      return findings;
    }
    Severity severity = policy.severityOf(CoreRules.UNUSED_SUPPRESSION);
    for (int i = 0; i < policy.suppressions().size(); i++) {
      if (!used.contains(suppressionKey(i))) {
        Suppression s = policy.suppressions().get(i);
        findings.add(Finding.builder().ruleId(CoreRules.UNUSED_SUPPRESSION.id()).severity(severity)
            .message("policy suppression of " + s.rule() + s.pathGlob().map(g -> " in " + g).orElse("")
                + " matches no finding")
            .fix("remove the entry from the policy file")
            .location(new Location(policy.origin().orElse(""), Optional.empty(),
                DocPath.of("suppressions").index(i))).build());
      }
    }
    long stale = policy.baseline().stream().filter(f -> !used.contains(f)).count();
    if (stale > 0) {
      findings.add(Finding.builder().ruleId(CoreRules.UNUSED_SUPPRESSION.id()).severity(Severity.NOTE)
          .message(stale + " baseline entries match no finding any more")
          .fix("write the baseline again with --write-baseline")
          .location(new Location(policy.baselineOrigin().orElse(""), Optional.empty(), DocPath.root())).build());
    }
    return findings;
  }
}
