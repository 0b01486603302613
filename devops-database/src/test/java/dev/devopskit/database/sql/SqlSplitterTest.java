package dev.devopskit.database.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

  private static List<String> texts(String sql) {
    return SqlSplitter.standard().split(sql).statements().stream().map(SqlStatement::text)
        .collect(Collectors.toList());
  }

  @Test
  void should_split_at_semicolons_and_skip_comments() {
    SqlScript script = SqlSplitter.standard().split("-- header; not a statement\nSELECT 1;\n\n/* a; b */ SELECT 2;");
    assertThat(script.statements()).extracting(SqlStatement::text).containsExactly("SELECT 1", "SELECT 2");
    assertThat(script.statements()).extracting(SqlStatement::line).containsExactly(2, 4);
    assertThat(script.statements().get(1).column()).isEqualTo(12);
  }

  @Test
  void should_keep_semicolons_inside_strings_and_quoted_identifiers() {
    assertThat(texts("INSERT INTO t VALUES ('a;b', 'it''s;');SELECT \"odd;name\" FROM `x;y`;"))
        .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s;')", "SELECT \"odd;name\" FROM `x;y`");
  }

  @Test
  void should_read_backslash_escapes_only_after_an_e_prefix() {
    assertThat(texts("SELECT E'a\\';b';SELECT 'c:\\';")).containsExactly("SELECT E'a\\';b'", "SELECT 'c:\\'");
  }

  @Test
  void should_nest_block_comments() {
    assertThat(texts("/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2"))
        .containsExactly("SELECT 1", "SELECT 2");
  }

  @Test
  void should_keep_dollar_quoted_bodies_whole() {
    String sql = "CREATE FUNCTION f() RETURNS trigger AS $body$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n"
        + "$body$ LANGUAGE plpgsql;\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT $1;";
    List<SqlStatement> statements = SqlSplitter.standard().split(sql).statements();
    assertThat(statements).hasSize(3);
    assertThat(statements.get(0).endLine()).isEqualTo(6);
    assertThat(statements.get(1).line()).isEqualTo(7);
    assertThat(statements.get(2).tokens()).extracting(SqlToken::kind).contains(SqlToken.Kind.PARAMETER);
  }

  @Test
  void should_keep_begin_end_bodies_of_triggers_whole() {
    String sql = "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW\nBEGIN\n  IF NEW.x IS NULL THEN\n"
        + "    SET NEW.x = CASE WHEN 1 THEN 2 ELSE 3 END;\n  END IF;\n  INSERT INTO log VALUES (1);\nEND;\n"
        + "BEGIN;\nSELECT 1;\nCOMMIT;";
    assertThat(SqlSplitter.standard().split(sql).statements()).extracting(SqlStatement::line)
        .containsExactly(1, 8, 9, 10);
  }

  @Test
  void should_follow_the_delimiter_directive() {
    String sql = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END //\nDELIMITER ;\nSELECT 3;";
    assertThat(texts(sql)).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "SELECT 3");
  }

  @Test
  void should_report_an_unclosed_string_at_its_line() {
    SqlScript script = SqlSplitter.standard().split("SELECT 1;\nSELECT 'open;\nSELECT 2;");
    assertThat(script.statements()).hasSize(2);
    assertThat(script.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("never closed");
    });
  }

  @Test
  void should_never_split_with_an_empty_delimiter() {
    assertThat(SqlSplitter.withDelimiter("").split("SELECT 1; SELECT 2;").statements()).hasSize(1);
  }

  @Property(tries = 200)
  void should_never_throw_and_keep_statements_in_order(@ForAll @StringLength(max = 200) String text) {
    String sql = text + " ';$$/*\"`-- BEGIN END CREATE TRIGGER;";
    SqlScript script = SqlSplitter.standard().split(sql);
    int last = -1;
    for (SqlStatement statement : script.statements()) {
      assertThat(statement.offset()).isGreaterThan(last);
      assertThat(sql).contains(statement.text());
      last = statement.offset();
    }
  }
}
