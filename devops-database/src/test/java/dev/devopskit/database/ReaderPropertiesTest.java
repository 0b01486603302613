package dev.devopskit.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.database.migration.MigrationFile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reader and the rules never throw, whatever the text. */
class ReaderPropertiesTest {
  private static final String[] PIECES = {"CREATE ", "TABLE ", "INDEX ", "ALTER ", "DROP ", "COLUMN ", "ADD ",
      "IF ", "NOT ", "EXISTS ", "ON ", "t ", "(", ")", ",", ";", "'", "\"", "`", "$$", "$a$", "--", "/*", "*/",
      "\n", "BEGIN ", "END ", "CASE ", "TRIGGER ", "--changeset a:1\n", "--rollback DROP TABLE t;\n",
      "--liquibase formatted sql\n", "DELIMITER //\n", "{{ .X }}", "E'\\'", "INSERT ", "TYPE ", "NULL "};

  @Provide
  Arbitrary<String> sql() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<String> path() {
    return Arbitraries.of("db/migration/V1__a.sql", "db/migration/R__seed.sql", "changelog.sql",
        "prisma/migrations/01_a/migration.sql", "migrations/0001_a.up.sql", "other.sql");
  }

  @Property(tries = 200)
  void should_read_and_check_any_text(@ForAll("path") String path, @ForAll("sql") String text) {
    Parsed<MigrationFile> parsed = Migrations.read(SourceFile.of(path, text));
    assertThat(parsed.value()).isPresent();
    assertThat(Policy.defaults().check(parsed, Migrations.format()).findingList())
        .noneMatch(f -> f.ruleId().equals("core/rule-failure"));
  }
}
