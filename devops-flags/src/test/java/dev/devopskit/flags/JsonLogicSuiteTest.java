package dev.devopskit.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devopskit.flags.internal.JsonLogic;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JsonLogic test suite ({@code json-logic/tests.json}, written out from jsonlogic.com's tests.json with its
 * source named in the file): flagd's targeting is JsonLogic, so the evaluator answers every case as JsonLogic does.
 */
class JsonLogicSuiteTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = JsonLogicSuiteTest.class.getResourceAsStream("/json-logic/tests.json")) {
      for (Object entry : JSON.readValue(in, List.class)) {
        if (entry instanceof List<?> test) {
          cases.add(Arguments.of(JSON.writeValueAsString(test.get(0)), JSON.writeValueAsString(test.get(1)), test.get(0),
              test.get(1), test.get(2)));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("cases")
  void should_answer_as_json_logic_does(String rule, String data, Object expression, Object input, Object expected) {
    Object actual = JsonLogic.evaluate(expression, input, "flag").value();

    assertThat(normal(actual)).as(rule + " over " + data).isEqualTo(normal(expected));
  }

  /** Numbers compared by value: JsonLogic has one number type, Java several. */
  private static Object normal(Object value) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) ? (Object) (long) d : (Object) d;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(JsonLogicSuiteTest::normal).toList();
    }
    return value;
  }
}
