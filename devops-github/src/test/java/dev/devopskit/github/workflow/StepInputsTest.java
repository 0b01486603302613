package dev.devopskit.github.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step's {@code with} inputs have readable builder and copy methods. */
class StepInputsTest {

  @Test
  void should_add_inputs_in_order_on_the_builder() {
    Map<String, String> more = new LinkedHashMap<>();
    more.put("cache", "maven");
    more.put("check-latest", "true");

    Step step = Step.builder().uses("actions/setup-java@v4").input("distribution", "temurin")
        .input("java-version", "21").putAllInputs(more).build();

    assertThat(step.inputs()).containsExactly(Map.entry("distribution", "temurin"), Map.entry("java-version", "21"),
        Map.entry("cache", "maven"), Map.entry("check-latest", "true"));
    assertThat(Step.builder().from(step).inputs(more).build().inputs()).as("inputs(map) sets them all")
        .containsExactlyEntriesOf(more);
  }

  @Test
  void should_replace_every_input_in_a_copy() {
    Step step = Step.uses("actions/checkout@v4").withInput("fetch-depth", "0");

    Step copy = step.withInputs(Map.of("persist-credentials", "false"));

    assertThat(copy.inputs()).containsExactly(Map.entry("persist-credentials", "false"));
    assertThat(step.inputs()).containsExactly(Map.entry("fetch-depth", "0"));
    assertThat(copy.uses()).isEqualTo(step.uses());
  }
}
