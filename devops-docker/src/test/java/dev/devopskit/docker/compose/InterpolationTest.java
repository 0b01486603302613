package dev.devopskit.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterpolationTest {

  @Test
  void should_parse_every_operator() {
    assertThat(Interpolation.parse("${A:-x}-${B-y}-${C:?e}-${D?e}-${E:+z}-${F+z}-$G-$$H").variables())
        .extracting(Interpolation.Variable::name, v -> v.operator().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A", ":-"), org.assertj.core.groups.Tuple.tuple("B", "-"),
            org.assertj.core.groups.Tuple.tuple("C", ":?"), org.assertj.core.groups.Tuple.tuple("D", "?"),
            org.assertj.core.groups.Tuple.tuple("E", ":+"), org.assertj.core.groups.Tuple.tuple("F", "+"),
            org.assertj.core.groups.Tuple.tuple("G", ""));
  }

  @Test
  void should_read_a_double_dollar_as_a_literal_dollar() {
    assertThat(Interpolation.parse("cost $$5").parts()).containsExactly(new Interpolation.Literal("cost $5"));
  }

  @Test
  void should_find_variables_nested_in_defaults() {
    assertThat(Interpolation.parse("${A:-${B}}").variables()).extracting(Interpolation.Variable::name)
        .containsExactly("A", "B");
    Interpolation.Variable a = Interpolation.parse("${A:-${B}}").variables().get(0);
    assertThat(a.argument()).isEqualTo(Optional.of("${B}"));
    assertThat(a.hasFallback()).isTrue();
    assertThat(Interpolation.parse("${A:?set it}").variables().get(0).required()).isTrue();
  }

  @Test
  void should_reject_broken_interpolations_with_the_column() {
    assertThatThrownBy(() -> Interpolation.parse("x ${A")).hasMessageContaining("column 3");
    assertThatThrownBy(() -> Interpolation.parse("${1A}")).hasMessageContaining("variable name");
    assertThatThrownBy(() -> Interpolation.parse("${A*b}")).hasMessageContaining("operator");
  }
}
