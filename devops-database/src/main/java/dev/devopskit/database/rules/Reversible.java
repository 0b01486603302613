package dev.devopskit.database.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.database.migration.Changeset;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.migration.MigrationKind;
import dev.devopskit.database.migration.MigrationSet;
import dev.devopskit.database.migration.MigrationTool;

/**
 * {@code migrations/reversible}: every versioned migration has its way back: a Flyway undo ({@code U<version>}),
 * a {@code .down.sql} file, or a Liquibase {@code --rollback}.
 *
 * <p>Prisma Migrate has no down migrations: it never applies a {@code down.sql}, and rolls back by a new forward
 * migration, so its migrations are not asked for one.
 *
 * <p>A folder that holds no undo or down file at all is forward-only by choice, and is not asked for one unless
 * the option {@code every-folder} is set: the rule reports the migration that lacks the way back its neighbours
 * have.
 *
 * <p>Files read without their folder (text handed over directly) are judged only on what they hold: Liquibase
 * changesets; the others need the folder to be seen.
 */
public final class Reversible implements Rule<MigrationFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("migrations/reversible")
      .profile(Profile.TRUNK).defaultSeverity(Severity.WARNING).confidence(Confidence.MEDIUM)
      .summary("Every versioned migration has an undo, a down script or a rollback")
      .addOptions(new RuleOption("every-folder",
          "Also ask for down files in a folder that has none (a forward-only folder); off by default, since a "
              + "folder without a single undo or down file shows that the team rolls back with new migrations",
          "false"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(MigrationFile file, RuleContext context) {
    if (file.kind() == MigrationKind.CHANGELOG) {
      for (int i = 0; i < file.changesets().size(); i++) {
        Changeset changeset = file.changesets().get(i);
        if (changeset.rollback().isEmpty()) {
          Statements.reportAtLine(context, changeset.line(), DocPath.of("changesets").index(i),
              "changeset " + changeset.key() + " has no --rollback, so it cannot be rolled back",
              "add '--rollback <SQL that undoes it>' lines after its statements, or '--rollback not required'");
        }
      }
      return;
    }
    if (file.kind() != MigrationKind.VERSIONED || file.tool() == MigrationTool.PRISMA || file.folder().isEmpty()) {
      return;
    }
    MigrationSet folder = file.folder().get();
    if (!folder.hasDownMigrations(file.tool()) && !context.booleanOption("every-folder")) {
      return;
    }
    if (folder.downOf(file).isEmpty()) {
      Statements.reportAtLine(context, 1, DocPath.root(), file.fileName() + " has no " + expected(file),
          "write " + expected(file) + " that reverses it, and let the harness ('devops db verify') prove it");
    }
  }

  private static String expected(MigrationFile file) {
    switch (file.tool()) {
      case FLYWAY:
        return "undo migration U" + file.version().orElse("") + "__" + file.description().replace(' ', '_')
            + ".sql";
      default:
        return "down migration " + file.fileName().replaceFirst("(?i)up\\.sql$", "down.sql");
    }
  }
}
