package dev.devopskit.openfeature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagEnvironment;
import dev.devopskit.core.flag.FlagFile;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.flag.Flagd;
import dev.devopskit.core.flag.Rollout;
import dev.devopskit.core.flag.TargetingRule;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.flags.Evaluation;
import dev.devopskit.flags.EvaluationContext;
import dev.devopskit.flags.FlagEvaluator;
import dev.devopskit.flags.FlagSource;
import dev.devopskit.flags.JdbcFlagStore;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Value;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A flag defined once, in Java or in the flag file, gives the same variant, value and reason in-process, through
 * OpenFeature, read back from PostgreSQL and H2, and exported to flagd's format and read back, for every user and
 * every environment.
 */
class SameAnswerEverywhereTest {
  private static EmbeddedPostgres postgres;
  private static final DataSource H2 = JdbcConnectionPool.create("jdbc:h2:mem:same;DB_CLOSE_DELAY=-1", "sa", "");
  private static final List<Optional<String>> ENVIRONMENTS = List.of(Optional.empty(), Optional.of("staging"),
      Optional.of("production"));

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  static FlagSet inJava() {
    return FlagSet.of(
        FeatureFlag.builder().key("new-checkout").owner("team-payments").created(LocalDate.of(2026, 11, 1))
            .removeBy(LocalDate.of(2026, 12, 31)).defaultVariant("off")
            .addRule(TargetingRule.in("plan", List.of("pro", "enterprise"), "on"))
            .addRule(TargetingRule.endsWith("targetingKey", "@example.com", "on"))
            .rollout(Rollout.percent(20))
            .putEnvironment("staging", FlagEnvironment.serving("on"))
            .putEnvironment("production", FlagEnvironment.rollingOut(Rollout.percent(10))).build(),
        FeatureFlag.builder().key("checkout-theme").owner("team-web").kind(dev.devopskit.core.flag.FlagKind.EXPERIMENT)
            .putVariant("classic", "#ffffff").putVariant("dark", "#000000").putVariant("ocean", "#0077be")
            .defaultVariant("classic")
            .addRule(TargetingRule.semVer("app.version", ">=", "2.0.0", "ocean"))
            .rollout(Rollout.builder().putWeight("classic", 34).putWeight("dark", 33).putWeight("ocean", 33)
                .bucketBy("user.id").build()).build(),
        FeatureFlag.builder().key("max-items").owner("team-web").kind(dev.devopskit.core.flag.FlagKind.PERMISSION)
            .putVariant("small", 10).putVariant("large", 100).defaultVariant("small")
            .addRule(TargetingRule.equalTo("plan", "pro", "large")).build(),
        FeatureFlag.builder().key("payments-kill-switch").owner("team-payments")
            .kind(dev.devopskit.core.flag.FlagKind.KILL_SWITCH).defaultVariant("on")
            .putEnvironment("staging", FlagEnvironment.builder().enabled(false).build()).build());
  }

  static FlagSet fromFile() throws IOException {
    Path file = Path.of("../devops-core/src/test/resources/flags-samples/flags.yaml");
    return FlagFile.read(SourceFile.of("flags.yaml", Files.readString(file, StandardCharsets.UTF_8))).value()
        .orElseThrow();
  }

  static List<String> definitions() {
    return List.of("java", "file");
  }

  static List<EvaluationContext> users() {
    List<EvaluationContext> users = new ArrayList<>();
    String[] plans = {"free", "pro", "enterprise"};
    String[] versions = {"1.9.0", "2.0.0", "2.3.1-beta"};
    for (int i = 0; i < 300; i++) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("plan", plans[i % 3]);
      attributes.put("email", "user" + i + (i % 7 == 0 ? "@example.com" : "@mail.test"));
      attributes.put("app", Map.of("version", versions[i % 3]));
      attributes.put("user", Map.of("id", "u" + (i / 2)));
      String key = i % 11 == 0 ? "user" + i + "@example.com" : "user-" + i;
      users.add(i % 50 == 49 ? EvaluationContext.ofAttributes(attributes) : EvaluationContext.of(key, attributes));
    }
    return users;
  }

  @ParameterizedTest(name = "flags defined in {0}")
  @MethodSource("definitions")
  void should_give_the_same_answer_in_process_through_openfeature_from_databases_and_in_flagd(String definition)
      throws Exception {
    FlagSet flags = definition.equals("java") ? inJava() : fromFile();
    JdbcFlagStore postgresStore = JdbcFlagStore.on(postgres.getPostgresDatabase());
    JdbcFlagStore h2Store = JdbcFlagStore.on(H2);
    for (JdbcFlagStore store : List.of(postgresStore, h2Store)) {
      store.migrate();
      store.replaceAll(flags);
    }
    int compared = 0;
    java.util.Set<dev.devopskit.flags.EvaluationReason> reasons = new java.util.TreeSet<>();
    for (Optional<String> environment : ENVIRONMENTS) {
      FlagEvaluator evaluator = environment.map(FlagEvaluator::forEnvironment).orElseGet(FlagEvaluator::defaults);
      FlagSet flagd = Flagd.read(SourceFile.of("flags.flagd.json", Flagd.text(flags, environment))).value()
          .orElseThrow();
      FlagSet fromPostgres = FlagSource.jdbc(postgresStore).load();
      FlagSet fromH2 = FlagSource.jdbc(h2Store).load();
      Client client = client(environment.map(e -> DevOpsKitProvider.of(FlagSource.jdbc(postgresStore), e))
          .orElseGet(() -> DevOpsKitProvider.of(FlagSource.jdbc(postgresStore))));
      for (EvaluationContext user : users()) {
        for (FeatureFlag flag : flags.flags()) {
          Evaluation expected = evaluator.evaluate(flags, flag.key(), user);
          reasons.add(expected.reason());
          String where = definition + " " + environment.orElse("-") + " " + flag.key() + " " + user.attributes();
          assertThat(evaluator.evaluate(fromPostgres, flag.key(), user)).as("postgres " + where).isEqualTo(expected);
          assertThat(evaluator.evaluate(fromH2, flag.key(), user)).as("h2 " + where).isEqualTo(expected);
          Evaluation inFlagd = FlagEvaluator.defaults().evaluate(flagd, flag.key(), user);
          assertThat(summary(inFlagd)).as("flagd " + where).isEqualTo(summary(expected));
          assertThat(openFeature(client, flag, user)).as("openfeature " + where).isEqualTo(summary(expected));
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(3 * 300 * flags.flags().size());
    assertThat(reasons).as("the comparison covers every reason").contains(
        dev.devopskit.flags.EvaluationReason.STATIC, dev.devopskit.flags.EvaluationReason.TARGETING_MATCH,
        dev.devopskit.flags.EvaluationReason.SPLIT, dev.devopskit.flags.EvaluationReason.DEFAULT);
  }

  private static String summary(Evaluation e) {
    return e.variant().orElse("-") + " " + e.value().map(String::valueOf).orElse("-") + " " + e.reason();
  }

  private static Client client(DevOpsKitProvider provider) {
    String domain = "same-" + UUID.randomUUID();
    OpenFeatureAPI.getInstance().setProviderAndWait(domain, provider);
    return OpenFeatureAPI.getInstance().getClient(domain);
  }

  private static String openFeature(Client client, FeatureFlag flag, EvaluationContext user) {
    Map<String, Value> attributes = new LinkedHashMap<>();
    user.attributes().forEach((name, value) -> {
      if (!name.equals(EvaluationContext.TARGETING_KEY)) {
        attributes.put(name, Value.objectToValue(value));
      }
    });
    ImmutableContext context = user.targetingKey().map(k -> new ImmutableContext(k, attributes))
        .orElseGet(() -> new ImmutableContext(attributes));
    FlagEvaluationDetails<?> details;
    switch (flag.variantType()) {
      case BOOLEAN:
        details = client.getBooleanDetails(flag.key(), false, context);
        break;
      case STRING:
        details = client.getStringDetails(flag.key(), "-", context);
        break;
      case NUMBER:
        details = client.getIntegerDetails(flag.key(), -1, context);
        break;
      default:
        details = client.getObjectDetails(flag.key(), new Value(), context);
    }
    String value = details.getVariant() == null ? "-" : String.valueOf(details.getValue());
    return (details.getVariant() == null ? "-" : details.getVariant()) + " " + value + " " + details.getReason();
  }
}
