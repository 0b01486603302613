package dev.devopskit.observability.rules;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.observability.alerting.PrometheusRule;
import dev.devopskit.observability.alerting.RuleFile;
import dev.devopskit.observability.alerting.RuleGroup;

/** Walks the alerting rules of a file with their document paths. */
final class AlertSites {
  private AlertSites() {}

  /** What a rule check looks at. */
  interface Visitor {
    void visit(DocPath path, RuleGroup group, PrometheusRule rule);
  }

  static void alerts(RuleFile file, Visitor visitor) {
    all(file, (path, group, rule) -> {
      if (rule.isAlert()) {
        visitor.visit(path, group, rule);
      }
    });
  }

  static void all(RuleFile file, Visitor visitor) {
    for (int g = 0; g < file.groups().size(); g++) {
      RuleGroup group = file.groups().get(g);
      for (int r = 0; r < group.rules().size(); r++) {
        visitor.visit(DocPath.of("groups").index(g).key("rules").index(r), group, group.rules().get(r));
      }
    }
  }
}
