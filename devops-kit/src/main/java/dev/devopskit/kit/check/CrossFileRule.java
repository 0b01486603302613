package dev.devopskit.kit.check;

import dev.devopskit.core.check.RuleInfo;
import java.util.Set;

/**
 * A rule that looks at several files at once: that the PostgreSQL version of CI, compose and the descriptor agree,
 * that every alert's runbook exists, and so on. What no single-format tool can see.
 */
public interface CrossFileRule {

  /** The rule's id, summary, severity and options. */
  RuleInfo info();

  /** The formats whose files this rule reads (their values are kept for it). */
  Set<String> formats();

  /** Checks the repository and reports through the context. */
  void check(Repository repository, CrossFileContext context);
}
