package dev.devopskit.github.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpressionsTest {

  @Test
  void should_accept_the_expression_syntax() {
    for (String valid : new String[] {"github.ref == 'refs/heads/main'", "!cancelled() && (success() || failure())",
        "github.event.issue.labels.*.name", "fromJSON(needs.plan.outputs.matrix)['os']", "format('{0}-{1}', a, b)",
        "steps.my-step.outputs.value != ''", "0x1F > -2.5e3", "null", "'it''s'", "contains(github.event.pull_request.labels.*.name, 'ok')",
        "fromJSON(steps.list.outputs.json)[*].name", "join(fromJSON(needs.a.outputs.items)[ * ].id, ',')"}) {
      assertThat(Expressions.parse(valid)).as(valid).isEmpty();
    }
  }

  @Test
  void should_point_at_the_column_of_a_problem() {
    assertThat(Expressions.parse("github.ref == ")).hasValueSatisfying(p -> assertThat(p.offset()).isEqualTo(14));
    assertThat(Expressions.parse("a && || b")).hasValueSatisfying(p -> assertThat(p.offset()).isEqualTo(5));
    assertThat(Expressions.parse("'open")).hasValueSatisfying(p -> assertThat(p.message()).contains("not closed"));
    assertThat(Expressions.parse("contains(a, b")).isPresent();
  }

  @Test
  void should_find_an_unclosed_embedded_expression() {
    assertThat(Expressions.scan("echo ${{ github.sha }")).singleElement()
        .satisfies(p -> assertThat(p.offset()).isEqualTo(5));
    assertThat(Expressions.scan("a ${{ x }} b ${{ '}}' }}")).isEmpty();
    assertThat(Expressions.embedded("${{ a }}-${{ b.c }}")).containsExactly("a", "b.c");
  }

  @Test
  void should_build_typed_expressions() {
    assertThat(Expr.secret("NPM_TOKEN")).hasToString("${{ secrets.NPM_TOKEN }}");
    assertThat(Expr.needsOutput("build", "image").toString()).isEqualTo("${{ needs.build.outputs.image }}");
    assertThat(Expr.matrix("node").text()).isEqualTo("matrix.node");
    assertThat(Expr.always().text()).isEqualTo("always()");
    assertThat(Expr.github("ref").isEqualTo("refs/heads/main").and(Expr.success()).text())
        .isEqualTo("github.ref == 'refs/heads/main' && success()");
    assertThat(Expr.failure().or(Expr.cancelled()).not().text()).isEqualTo("!(failure() || cancelled())");
    assertThatThrownBy(() -> Expr.of("a &&")).hasMessageContaining("column");
  }
}
