package dev.devopskit.flags;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagFile;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.flag.Flagd;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.flags.internal.JsonLogic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagdTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Plain trees as core reads targeting: whole numbers as Long. */
  private static final ObjectMapper TREES = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

  static Path flagd() {
    return Shared.conformance().resolve("schemas/flagd");
  }

  static SourceFile source(Path file) throws IOException {
    return SourceFile.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void should_read_every_positive_flagd_file_without_errors_and_evaluate_every_flag() throws IOException {
    Path tests = flagd().resolve("test");
    List<Path> files = Shared.files(tests, p -> tests.relativize(p).toString().matches("(flags|flagd)/positive/.*"));
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    int flags = 0;
    for (Path file : files) {
      Parsed<FlagSet> parsed = Flagd.read(source(file));
      assertThat(parsed.findings()).as(file.toString()).isEmpty();
      for (FeatureFlag flag : parsed.value().orElseThrow().flags()) {
        Evaluation e = FlagEvaluator.defaults().evaluate(flag,
            EvaluationContext.of("jon@faas.com", Map.of("color", "yellow", "email", "jon@faas.com")));
        assertThat(e.failed()).as(file.getFileName() + " " + flag.key() + ": " + e.errorMessage()).isFalse();
        flags++;
      }
    }
    assertThat(flags).isGreaterThan(40);
  }

  @Test
  void should_report_every_negative_flagd_file() throws IOException {
    List<Path> files = Shared.files(flagd().resolve("test/flags/negative"), p -> p.toString().endsWith(".json"));
    int reported = 0;
    for (Path file : files) {
      Parsed<FlagSet> parsed = Flagd.read(source(file));
      if (!parsed.findings().isEmpty()) {
        reported++;
      }
    }
    // with-array-flags.json is valid for the flagd daemon (flags as an array), which this reader accepts.
    assertThat(reported).isEqualTo(files.size() - 1);
  }

  @Test
  void should_evaluate_targeting_like_flagd() throws IOException {
    FlagSet flags = Flagd.read(source(flagd().resolve("test/flags/positive/example.flagd.json"))).value()
        .orElseThrow();
    FlagEvaluator evaluator = FlagEvaluator.defaults();
    assertThat(evaluator.evaluate(flags, "isColorYellow", EvaluationContext.ofAttributes(Map.of("color", "yellow")))
        .variant()).contains("on");
    assertThat(evaluator.evaluate(flags, "isColorYellow", EvaluationContext.ofAttributes(Map.of("color", "blue")))
        .variant()).contains("off");
    Evaluation faas = evaluator.evaluate(flags, "fibAlgo", EvaluationContext.ofAttributes(
        Map.of("email", "someone@faas.com")));
    assertThat(faas.variant()).contains("binet");
    assertThat(faas.reason()).isEqualTo(EvaluationReason.TARGETING_MATCH);
    Evaluation other = evaluator.evaluate(flags, "fibAlgo", EvaluationContext.ofAttributes(
        Map.of("email", "someone@example.com")));
    assertThat(other.variant()).contains("recursive");
    assertThat(other.reason()).isEqualTo(EvaluationReason.DEFAULT);
  }

  @Test
  void should_give_the_callers_default_for_null_or_missing_default_variants() throws IOException {
    for (String name : List.of("null-default-variant.json", "no-default-variant.json")) {
      FlagSet flags = Flagd.read(source(flagd().resolve("test/flags/positive").resolve(name))).value().orElseThrow();
      Evaluation e = FlagEvaluator.defaults().evaluate(flags, "myBoolFlag", EvaluationContext.empty());
      assertThat(e.variant()).as(name).isEmpty();
      assertThat(e.reason()).isEqualTo(EvaluationReason.DEFAULT);
      assertThat(e.failed()).isFalse();
    }
  }

  @Test
  void should_evaluate_every_positive_targeting_expression() throws IOException {
    List<Path> files = Shared.files(flagd().resolve("test/targeting/positive"), p -> p.toString().endsWith(".json"));
    Map<String, Object> data = Map.of("targetingKey", "jon", "user", Map.of("name", "jon"), "id", "abcxyz",
        "version", "2.1.0", "time", 1, "integers", List.of(1, 2, 3), "env", "production",
        "$flagd", Map.of("flagKey", "flag", "timestamp", 1_750_000_000L));
    int expressions = 0;
    for (Path file : files) {
      Object tree = TREES.readValue(Files.readString(file, StandardCharsets.UTF_8), Object.class);
      List<?> all = tree instanceof Map && ((Map<?, ?>) tree).containsKey("*") ? (List<?>) ((Map<?, ?>) tree).get("*")
          : List.of(tree);
      for (Object expression : all) {
        if (expression.toString().contains("$ref")) {
          continue;
        }
        JsonLogic.evaluate(expression, data, "flag");
        expressions++;
      }
    }
    assertThat(expressions).isGreaterThan(60);
  }

  @Test
  void should_apply_json_logic_operators() throws IOException {
    Map<String, Object> data = Map.of("integers", List.of(1, 2, 3), "version", "3.1.4", "id", "abcxyz");
    assertThat(logic("{\"if\": [false, \"a\", false, \"b\", \"c\"]}", data)).isEqualTo("c");
    assertThat(logic("{\"<\": [1, 4, 3]}", data)).isEqualTo(false);
    assertThat(logic("{\"in\": [\"Spring\", \"Springfield\"]}", data)).isEqualTo(true);
    assertThat(logic("{\"reduce\": [{\"var\": \"integers\"}, {\"+\": [{\"var\": \"current\"}, "
        + "{\"var\": \"accumulator\"}]}, 0]}", data)).isEqualTo(6L);
    assertThat(logic("{\"substr\": [\"jsonlogic\", 1, 3]}", data)).isEqualTo("son");
    assertThat(logic("{\"sem_ver\": [{\"var\": \"version\"}, \"~\", \"3.1.0\"]}", data)).isEqualTo(true);
    assertThat(logic("{\"sem_ver\": [{\"var\": \"version\"}, \"^\", \"4.0.0\"]}", data)).isEqualTo(false);
    assertThat(logic("{\"ends_with\": [{\"var\": \"id\"}, \"xyz\"]}", data)).isEqualTo(true);
    assertThat(logic("{\"!!\": [\"0\"]}", data)).isEqualTo(true);
    assertThat(logic("{\"==\": [1, \"1\"]}", data)).isEqualTo(true);
    assertThat(logic("{\"===\": [1, \"1\"]}", data)).isEqualTo(false);
    assertThat(logic("{\"missing_some\": [1, [\"id\", \"plan\"]]}", data)).isEqualTo(List.of());
    assertThat(logic("{\"missing_some\": [2, [\"id\", \"plan\", \"team\"]]}", data))
        .isEqualTo(List.of("plan", "team"));
  }

  private static Object logic(String json, Map<String, Object> data) throws IOException {
    return JsonLogic.evaluate(TREES.readValue(json, Object.class), data, "flag").value();
  }

  @Test
  void should_export_flags_valid_against_the_flagd_schema() throws IOException {
    FlagSet flags = FlagFile.read(Samples.sample("flags.yaml")).value().orElseThrow();
    JsonSchema schema = schema();
    for (Optional<String> environment : List.of(Optional.<String>empty(), Optional.of("staging"),
        Optional.of("production"))) {
      String json = Flagd.text(flags, environment);
      String name = "sample-" + environment.orElse("default") + ".flagd.json";
      Shared.oracleOutput("schema/flagd/flags", name, json);
      Set<ValidationMessage> problems = schema.validate(JSON.readTree(json));
      assertThat(problems).as(name).isEmpty();
      Parsed<FlagSet> back = Flagd.read(SourceFile.of(name, json));
      assertThat(back.findings()).isEmpty();
      assertThat(back.value().orElseThrow().keys()).isEqualTo(flags.keys());
    }
  }

  private static JsonSchema schema() throws IOException {
    Path file = flagd().resolve("flags.json");
    JsonNode node = JSON.readTree(file.toFile());
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, b -> b.schemaMappers(m -> m.mapPrefix(
        "https://flagd.dev/schema/v0/", file.getParent().toUri().toString())))
        .getSchema(file.toUri(), node, config);
  }
}
