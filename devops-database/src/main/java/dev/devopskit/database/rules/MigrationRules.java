package dev.devopskit.database.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.database.migration.MigrationFile;
import java.util.List;

/** The rules of SQL migrations, and the ids of the reader's and the harness's findings. */
public final class MigrationRules {
  /** The reader's findings: unclosed strings, comments or bodies, malformed changesets. */
  public static final RuleInfo SYNTAX = RuleInfo.of("migrations/syntax", Profile.RECOMMENDED, Severity.ERROR,
      "A migration file splits into statements and its changesets are well formed");

  /** The harness's findings: a migration that fails on a fresh PostgreSQL database. */
  public static final RuleInfo APPLIES = RuleInfo.of("migrations/applies", Profile.RECOMMENDED, Severity.ERROR,
      "Every migration applies on a fresh PostgreSQL database, in order");

  private MigrationRules() {}

  /** Every rule, in a stable order. */
  public static List<Rule<? super MigrationFile>> all() {
    return List.of(new Idempotent(), new Reversible(), new Ordering(), new DestructiveChange(),
        new ConcurrentIndex());
  }

  /** The ids the reader and the harness report under. */
  public static List<RuleInfo> readerRules() {
    return List.of(SYNTAX, APPLIES);
  }
}
