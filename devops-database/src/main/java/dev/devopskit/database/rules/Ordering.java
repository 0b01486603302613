package dev.devopskit.database.rules;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code migrations/ordering}: versions are unique (and, with the option {@code gaps}, without gaps), changeset ids
 * are unique, and a migration that was applied (its checksum recorded in {@code migrations.sum}) was not edited
 * since.
 */
public final class Ordering implements Rule<MigrationFile> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("migrations/ordering")
      .profile(Profile.RECOMMENDED).defaultSeverity(Severity.ERROR)
      .summary("Migration versions are unique, and applied migrations are never edited")
      .addOptions(new RuleOption("gaps",
          "Also report gaps in sequence-numbered versions (V1, V2, V4); off by default, since versions are often "
              + "skipped on purpose; timestamps are never checked for gaps", "false"))
      .build();

  /** Versions with a part this large are timestamps, not sequence numbers. */
  private static final long SEQUENCE_LIMIT = 100_000;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(MigrationFile file, RuleContext context) {
    if (file.kind() == MigrationKind.CHANGELOG) {
      duplicateChangesets(file, context);
      return;
    }
    if (file.folder().isEmpty()) {
      return;
    }
    MigrationSet folder = file.folder().get();
    edited(file, folder, context);
    if (file.kind() != MigrationKind.VERSIONED || file.versionNumbers().isEmpty()) {
      return;
    }
    List<MigrationFile> peers = folder.files().stream()
        .filter(f -> f.tool() == file.tool() && f.kind() == MigrationKind.VERSIONED
            && f.variant().equals(file.variant()) && !f.versionNumbers().isEmpty())
        .collect(Collectors.toList());
    if (file.tool() != MigrationTool.PRISMA) {
      List<String> same = peers.stream().filter(f -> !f.path().equals(file.path()))
          .filter(f -> MigrationSet.compare(f.versionNumbers(), file.versionNumbers()) == 0)
          .map(MigrationFile::fileName).sorted().collect(Collectors.toList());
      if (!same.isEmpty()) {
        Statements.reportAtLine(context, 1, DocPath.root(), "version " + file.version().orElse("") + " of "
            + file.fileName() + " is also the version of " + String.join(", ", same)
            + "; the tool applies only one of them or refuses to run",
            "give each migration its own version (the next free one)");
      }
    }
    if (context.booleanOption("gaps")) {
      gap(file, peers, context);
    }
  }

  private static void duplicateChangesets(MigrationFile file, RuleContext context) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < file.changesets().size(); i++) {
      Changeset changeset = file.changesets().get(i);
      Integer earlier = first.putIfAbsent(changeset.key(), changeset.line());
      if (earlier != null) {
        Statements.reportAtLine(context, changeset.line(), DocPath.of("changesets").index(i),
            "changeset " + changeset.key() + " repeats the id of the changeset on line " + earlier
                + "; Liquibase refuses duplicate changesets",
            "give this changeset a new id");
      }
    }
  }

  private static void gap(MigrationFile file, List<MigrationFile> peers, RuleContext context) {
    List<Long> mine = file.versionNumbers();
    if (!sequence(mine) || peers.stream().anyMatch(p -> !sequence(p.versionNumbers()))) {
      return;
    }
    Optional<MigrationFile> previous = peers.stream()
        .filter(p -> MigrationSet.compare(p.versionNumbers(), mine) < 0)
        .max((a, b) -> MigrationSet.compare(a.versionNumbers(), b.versionNumbers()));
    if (previous.isEmpty()) {
      return;
    }
    List<Long> before = previous.get().versionNumbers();
    if (before.size() != mine.size() || !before.subList(0, before.size() - 1)
        .equals(mine.subList(0, mine.size() - 1))) {
      return;
    }
    long last = mine.get(mine.size() - 1);
    long previousLast = before.get(before.size() - 1);
    if (last - previousLast > 1) {
      List<Long> missing = new ArrayList<>(mine.subList(0, mine.size() - 1));
      missing.add(previousLast + 1);
      Statements.reportAtLine(context, 1, DocPath.root(), "versions between " + previous.get().version().orElse("")
          + " and " + file.version().orElse("") + " are missing (" + join(missing) + " first)"
          + "; a migration was deleted or renumbered, or one is still on another branch",
          "restore the missing migration, or set the option gaps to false if the numbering skips on purpose");
    }
  }

  private static String join(List<Long> parts) {
    return parts.stream().map(String::valueOf).collect(Collectors.joining("."));
  }

  private static boolean sequence(List<Long> version) {
    return !version.isEmpty() && version.stream().allMatch(part -> part < SEQUENCE_LIMIT);
  }

  private static void edited(MigrationFile file, MigrationSet folder, RuleContext context) {
    String key = relative(file, folder);
    String applied = folder.appliedChecksums().get(key);
    if (applied != null && !applied.equalsIgnoreCase(file.checksum())) {
      Statements.reportAtLine(context, 1, DocPath.root(), file.fileName()
          + " was edited after it was applied (its checksum differs from migrations.sum); databases that ran it"
          + " will not run it again and drift from new ones",
          "revert the edit and write a new migration for the change");
    }
  }

  private static String relative(MigrationFile file, MigrationSet folder) {
    String prefix = folder.folder().isEmpty() ? "" : folder.folder() + "/";
    return !prefix.isEmpty() && file.path().startsWith(prefix) ? file.path().substring(prefix.length())
        : file.fileName();
  }
}
