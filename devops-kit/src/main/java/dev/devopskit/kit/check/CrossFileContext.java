package dev.devopskit.kit.check;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a cross-file rule reports: at an element of a file that was read, or at a path that has no file. */
public final class CrossFileContext {
  private final RuleInfo rule;
  private final Severity severity;
  private final List<Finding> findings = new ArrayList<>();

  CrossFileContext(RuleInfo rule, Severity severity) {
    this.rule = rule;
    this.severity = severity;
  }

  /** The rule being run. */
  public RuleInfo rule() {
    return rule;
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
}
