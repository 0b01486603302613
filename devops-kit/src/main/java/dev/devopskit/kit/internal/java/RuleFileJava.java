package dev.devopskit.kit.internal.java;

import dev.devopskit.observability.Prometheus;
import dev.devopskit.observability.alerting.RuleFile;

/** Prometheus rule files as Java: groups and rules through the model's builders. */
public final class RuleFileJava extends JavaKind {
  /** The kind. */
  public RuleFileJava() {
    super(RuleFile.class, "ruleFile", Prometheus.class, "text");
  }
}
