package dev.devopskit.database;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.database.internal.MigrationReader;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.rules.MigrationRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The format {@code sql-migration}: Flyway ({@code V1__init.sql}, {@code U1__init.sql}, {@code R__views.sql}),
 * Prisma ({@code migrations/<name>/migration.sql} and {@code down.sql}), paired {@code .up.sql}/{@code .down.sql}
 * files, and Liquibase formatted SQL (recognised by its first line, {@code --liquibase formatted sql}).
 *
 * <p>When the file exists on disk at its path, the files beside it are read too, so that the folder rules
 * ({@code migrations/reversible}, {@code migrations/ordering}) see the undo scripts and the other versions.
 */
public final class MigrationFormat implements Format<MigrationFile> {

  @Override
  public String name() {
    return "sql-migration";
  }

  @Override
  public String description() {
    return "SQL migrations of Flyway, Prisma, Liquibase (formatted SQL) and paired up/down files";
  }

  @Override
  public Class<MigrationFile> valueType() {
    return MigrationFile.class;
  }

  @Override
  public boolean claims(String relativePath) {
    return MigrationReader.claims(relativePath);
  }

  @Override
  public boolean claimsContent(String relativePath, String head) {
    return relativePath.toLowerCase(java.util.Locale.ROOT).endsWith(".sql") && MigrationReader.isLiquibase(head);
  }

  @Override
  public Parsed<MigrationFile> read(SourceFile source) {
    return MigrationReader.read(source);
  }

  @Override
  public String write(MigrationFile value) {
    return value.text();
  }

  @Override
  public List<Rule<? super MigrationFile>> rules() {
    return MigrationRules.all();
  }

  @Override
  public List<RuleInfo> readerRules() {
    List<RuleInfo> out = new ArrayList<>(MigrationRules.readerRules());
    out.add(CoreRules.ENCODING);
    out.add(CoreRules.TOO_LARGE);
    out.add(CoreRules.UNREADABLE);
    return out;
  }
}
