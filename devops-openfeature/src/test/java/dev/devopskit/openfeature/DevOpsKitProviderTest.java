package dev.devopskit.openfeature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagEnvironment;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.flag.Rollout;
import dev.devopskit.core.flag.TargetingRule;
import dev.devopskit.flags.FlagSource;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EventDetails;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Value;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DevOpsKitProviderTest {
  private static final FlagSet FLAGS = FlagSet.of(
      FeatureFlag.builder().key("new-checkout").defaultVariant("off")
          .addRule(TargetingRule.in("plan", List.of("pro"), "on"))
          .putEnvironment("production", FlagEnvironment.rollingOut(Rollout.percent(50))).build(),
      FeatureFlag.builder().key("theme").putVariant("light", "#fff").putVariant("dark", "#000")
          .defaultVariant("light").build(),
      FeatureFlag.builder().key("max-items").putVariant("small", 10).putVariant("large", 100)
          .defaultVariant("large").build(),
      FeatureFlag.builder().key("ratio").putVariant("low", 0.1).putVariant("high", 0.9).defaultVariant("high").build(),
      FeatureFlag.builder().key("limits").putVariant("default", Map.of("rps", 10, "burst", List.of(1, 2)))
          .defaultVariant("default").build(),
      FeatureFlag.named("retired").withEnabled(false));

  private static Client client(DevOpsKitProvider provider) {
    String domain = "test-" + UUID.randomUUID();
    OpenFeatureAPI.getInstance().setProviderAndWait(domain, provider);
    return OpenFeatureAPI.getInstance().getClient(domain);
  }

  @Test
  void should_evaluate_every_type_through_the_client() {
    Client client = client(DevOpsKitProvider.of(FLAGS));
    FlagEvaluationDetails<Boolean> bool = client.getBooleanDetails("new-checkout", true,
        new ImmutableContext("jon", Map.of("plan", new Value("pro"))));
    assertThat(bool.getValue()).isTrue();
    assertThat(bool.getVariant()).isEqualTo("on");
    assertThat(bool.getReason()).isEqualTo("TARGETING_MATCH");
    FlagEvaluationDetails<String> text = client.getStringDetails("theme", "none", new ImmutableContext("jon"));
    assertThat(text.getValue()).isEqualTo("#fff");
    assertThat(text.getReason()).isEqualTo("STATIC");
    assertThat(client.getIntegerDetails("max-items", 0).getValue()).isEqualTo(100);
    assertThat(client.getDoubleDetails("ratio", 0.0).getValue()).isEqualTo(0.9);
    Value limits = client.getObjectDetails("limits", new Value()).getValue();
    assertThat(limits.asStructure().getValue("rps").asInteger()).isEqualTo(10);
    assertThat(limits.asStructure().getValue("burst").asList()).hasSize(2);
  }

  @Test
  void should_report_default_disabled_split_and_errors() {
    Client client = client(DevOpsKitProvider.of(FlagSource.of(FLAGS), "production"));
    FlagEvaluationDetails<Boolean> split = client.getBooleanDetails("new-checkout", false,
        new ImmutableContext("jon", Map.of("plan", new Value("free"))));
    assertThat(split.getReason()).isEqualTo("SPLIT");
    FlagEvaluationDetails<Boolean> noKey = client.getBooleanDetails("new-checkout", true, new ImmutableContext());
    // flagd buckets a context without a targeting key as the empty key.
    assertThat(noKey.getReason()).isEqualTo("SPLIT");
    FlagEvaluationDetails<Boolean> disabled = client.getBooleanDetails("retired", true);
    assertThat(disabled.getValue()).isTrue();
    assertThat(disabled.getReason()).isEqualTo("DISABLED");
    FlagEvaluationDetails<Boolean> missing = client.getBooleanDetails("nope", true);
    assertThat(missing.getValue()).isTrue();
    assertThat(missing.getErrorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
    FlagEvaluationDetails<Integer> mismatch = client.getIntegerDetails("theme", 7);
    assertThat(mismatch.getValue()).isEqualTo(7);
    assertThat(mismatch.getErrorCode()).isEqualTo(ErrorCode.TYPE_MISMATCH);
    assertThat(mismatch.getErrorMessage()).contains("string");
  }

  @Test
  void should_emit_configuration_changed_on_refresh() throws Exception {
    AtomicReference<FlagSet> current = new AtomicReference<>(FLAGS);
    DevOpsKitProvider provider = DevOpsKitProvider.of(current::get);
    Client client = client(provider);
    List<EventDetails> events = new CopyOnWriteArrayList<>();
    client.onProviderConfigurationChanged(events::add);
    assertThat(client.getStringValue("theme", "none")).isEqualTo("#fff");
    current.set(FLAGS.with(FLAGS.flag("theme").orElseThrow().withDefaultVariant("dark")));
    assertThat(provider.refresh()).containsExactly("theme");
    for (int i = 0; i < 200 && events.isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertThat(events.get(0).getFlagsChanged()).containsExactly("theme");
    assertThat(client.getStringValue("theme", "none")).isEqualTo("#000");
    assertThat(provider.refresh()).isEmpty();
  }
}
