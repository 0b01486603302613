package dev.devopskit.database.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Printed statements and tokens mask the secrets the scanner recognises in them. */
class SqlTextTest {
  private static final String TOKEN = "ghp_R8mTq2ZsW4yLk9XvB3nC7dF1gH5jP0aE6uQi";

  @Test
  void should_mask_a_secret_in_a_statement_and_its_tokens() {
    SqlScript script = SqlSplitter.standard().split("INSERT INTO tokens (value) VALUES ('" + TOKEN + "');\n");
    SqlStatement statement = script.statements().get(0);
    assertThat(statement.toString()).doesNotContain(TOKEN).contains("INSERT INTO tokens").contains("line=1");
    assertThat(statement.tokens()).extracting(SqlToken::toString).noneMatch(text -> text.contains(TOKEN));
  }
}
