package dev.devopskit.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.flag.Flagd;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluation cases of flagd's provider test bed ({@code open-feature/flagd-testbed}, written out in
 * {@code flagd-testbed/cases.tsv} with their source): every flag answers here as flagd answers it.
 */
class FlagdTestbedTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String line : resource("cases.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      cases.add(Arguments.of(cells[0], cells[1], cells[2], cells[3], cells[4]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} {2} -> {3}")
  @MethodSource("cases")
  void should_answer_as_flagd_does(String file, String flag, String context, String value, String reason)
      throws IOException {
    Parsed<FlagSet> flags = Flagd.read(SourceFile.of(file + ".flagd.json", resource(file + ".flagd.json")));
    assertThat(flags.findings()).as("findings reading " + file).isEmpty();
    Map<String, Object> attributes = JSON.readValue(context, new TypeReference<Map<String, Object>>() {});

    Evaluation result = FlagEvaluator.defaults().evaluate(flags.value().orElseThrow(), flag,
        EvaluationContext.ofAttributes(attributes));

    if (value.startsWith("(error ")) {
      assertThat(result.errorCode().map(Enum::name)).as(result.toString())
          .contains(value.substring(7, value.length() - 1));
    } else {
      assertThat(result.value().map(String::valueOf)).as(result.toString()).contains(value);
    }
    if (!reason.equals("-")) {
      assertThat(result.reason().name()).as(result.toString()).isEqualTo(reason);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FlagdTestbedTest.class.getResourceAsStream("/flagd-testbed/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
