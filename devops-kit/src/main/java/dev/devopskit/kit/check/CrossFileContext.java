package dev.devopskit.kit.check;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceMap;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a cross-file rule sees besides the repository: its options from the policy, a clock, and the means to report
 * at an element of a file that was read or at a path that has no file.
 *
 * <p>Options are read exactly as for single-file rules ({@code rules: {consistency/postgres-version:
 * {allowed-drift: 1}}} in the policy file); a value of the wrong type is reported as a {@code core/policy} finding
 * and the option's default is used.
 */
public final class CrossFileContext {
  private final RuleInfo rule;
  private final Severity severity;
  private final RuleContext options;
  private final List<Finding> findings = new ArrayList<>();

  CrossFileContext(RuleInfo rule, Severity severity, Map<String, Object> options, Clock clock) {
    this.rule = rule;
    this.severity = severity;
    // Options are parsed by the same code as single-file rules' options, so both read and complain alike.
    this.options = new RuleContext(rule, severity, options, Optional.empty(), SourceMap.none(), clock);
  }

  /** The rule being run. */
  public RuleInfo rule() {
    return rule;
  }

  /** The clock to use for anything that depends on today's date. */
  public Clock clock() {
    return options.clock();
  }

  /** An option as text (the policy's value or the rule's default). */
  public String stringOption(String name) {
    return options.stringOption(name);
  }

  /** An option as a whole number. */
  public int intOption(String name) {
    return options.intOption(name);
  }

  /** An option as a boolean. */
  public boolean booleanOption(String name) {
    return options.booleanOption(name);
  }

  /** An option as a list of strings. */
  public List<String> listOption(String name) {
    return options.listOption(name);
  }

  /** Reports at an element of a file that was read. */
  public void report(Parsed<?> file, DocPath path, String message, String fix) {
    findings.add(Finding.builder().ruleId(rule.id()).severity(severity).message(message)
        .location(new Location(file.source().path(), file.sourceMap().locate(path), path))
        .fix(Optional.ofNullable(fix)).build());
  }

  /** Reports about a file by path only (for example one that is missing). */
  public void report(String file, String message, String fix) {
    findings.add(Finding.builder().ruleId(rule.id()).severity(severity).message(message)
        .location(new Location(file, Optional.empty(), DocPath.root())).fix(Optional.ofNullable(fix)).build());
  }

  List<Finding> findings() {
    return findings;
  }

  /** Problems with the policy's option values, as messages. */
  List<String> optionProblems() {
    return options.optionProblems();
  }
}
