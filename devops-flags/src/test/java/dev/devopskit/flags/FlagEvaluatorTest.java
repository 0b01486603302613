package dev.devopskit.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagEnvironment;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.flag.Flagd;
import dev.devopskit.core.flag.Rollout;
import dev.devopskit.core.flag.TargetingRule;
import dev.devopskit.flags.internal.JsonLogic;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlagEvaluatorTest {
  private static final FeatureFlag CHECKOUT = FeatureFlag.builder().key("new-checkout").owner("team-payments")
      .created(LocalDate.of(2026, 10, 1)).defaultVariant("off")
      .addRule(TargetingRule.in("plan", List.of("pro", "enterprise"), "on"))
      .addRule(TargetingRule.endsWith("email", "@example.com", "on"))
      .putEnvironment("staging", FlagEnvironment.serving("on"))
      .putEnvironment("production", FlagEnvironment.rollingOut(Rollout.percent(10)))
      .build();
  private static final FlagSet FLAGS = FlagSet.of(CHECKOUT, FeatureFlag.named("dark-mode"));

  @Test
  void should_mask_a_secret_served_as_a_flag_value() {
    String token = "ghp_R8mTq2ZsW4yLk9XvB3nC7dF1gH5jP0aE6uQi";
    String text = Evaluation.served("api-token", "on", token, EvaluationReason.STATIC).toString();
    assertThat(text).doesNotContain(token).contains("api-token").contains("ghp_");
  }

  @Test
  void should_evaluate_every_operator_the_flagd_reader_accepts() {
    for (String operator : Flagd.OPERATORS) {
      Object expression = Map.of(operator, List.of());
      try {
        JsonLogic.evaluate(expression, Map.of(), "flag");
      } catch (RuntimeException e) {
        assertThat(String.valueOf(e.getMessage())).as(operator).doesNotContain("unknown targeting operator");
      }
    }
  }

  @Test
  void should_serve_the_default_of_a_flag_without_targeting_as_static() {
    Evaluation e = FlagEvaluator.defaults().evaluate(FLAGS, "dark-mode", EvaluationContext.of("jon"));
    assertThat(e.variant()).contains("off");
    assertThat(e.value()).contains(false);
    assertThat(e.reason()).isEqualTo(EvaluationReason.STATIC);
  }

  @Test
  void should_match_rules_in_order() {
    Evaluation e = FlagEvaluator.defaults().evaluate(FLAGS, "new-checkout",
        EvaluationContext.of("jon", Map.of("plan", "pro")));
    assertThat(e.variant()).contains("on");
    assertThat(e.reason()).isEqualTo(EvaluationReason.TARGETING_MATCH);
    Evaluation none = FlagEvaluator.defaults().evaluate(FLAGS, "new-checkout",
        EvaluationContext.of("jon", Map.of("plan", "free")));
    assertThat(none.variant()).contains("off");
    assertThat(none.reason()).isEqualTo(EvaluationReason.DEFAULT);
  }

  @Test
  void should_use_the_environment_settings() {
    Evaluation staging = FlagEvaluator.forEnvironment("staging").evaluate(FLAGS, "new-checkout",
        EvaluationContext.of("jon"));
    assertThat(staging.variant()).contains("on");
    Evaluation production = FlagEvaluator.forEnvironment("production").evaluate(FLAGS, "new-checkout",
        EvaluationContext.of("jon"));
    assertThat(production.reason()).isEqualTo(EvaluationReason.SPLIT);
  }

  @Test
  void should_keep_everyone_in_when_a_rollout_grows() {
    FeatureFlag ten = FeatureFlag.builder().key("grow").rollout(Rollout.percent(10)).build();
    FeatureFlag twenty = ten.withRollout(Rollout.percent(20));
    int inAtTen = 0;
    int inAtTwenty = 0;
    for (int i = 0; i < 2000; i++) {
      EvaluationContext user = EvaluationContext.of("user-" + i);
      boolean before = FlagEvaluator.defaults().evaluate(ten, user).variant().orElseThrow().equals("on");
      boolean after = FlagEvaluator.defaults().evaluate(twenty, user).variant().orElseThrow().equals("on");
      if (before) {
        assertThat(after).as("user-" + i + " stays in").isTrue();
        inAtTen++;
      }
      inAtTwenty += after ? 1 : 0;
    }
    assertThat(inAtTen).isBetween(150, 250);
    assertThat(inAtTwenty).isBetween(330, 470);
  }

  @Test
  void should_bucket_on_a_nested_attribute() {
    FeatureFlag flag = FeatureFlag.builder().key("by-account")
        .rollout(Rollout.builder().putWeight("on", 50).putWeight("off", 50).bucketBy("account.id").build()).build();
    Evaluation a = FlagEvaluator.defaults().evaluate(flag,
        EvaluationContext.parse(List.of("targetingKey=a", "account.id=acme")));
    Evaluation b = FlagEvaluator.defaults().evaluate(flag,
        EvaluationContext.parse(List.of("targetingKey=b", "account.id=acme")));
    assertThat(a.variant()).isEqualTo(b.variant());
  }

  @Test
  void should_report_disabled_and_unknown_flags() {
    FlagSet flags = FlagSet.of(FeatureFlag.named("old").withEnabled(false));
    assertThat(FlagEvaluator.defaults().evaluate(flags, "old", EvaluationContext.empty()).reason())
        .isEqualTo(EvaluationReason.DISABLED);
    Evaluation missing = FlagEvaluator.defaults().evaluate(flags, "nope", EvaluationContext.empty());
    assertThat(missing.errorCode()).contains(FlagErrorCode.FLAG_NOT_FOUND);
    assertThat(missing.reason()).isEqualTo(EvaluationReason.ERROR);
  }

  @Test
  void should_bucket_a_context_without_targeting_key_as_the_empty_key_like_flagd() {
    FeatureFlag flag = FeatureFlag.builder().key("x").rollout(Rollout.percent(50)).build();
    Evaluation none = FlagEvaluator.defaults().evaluate(flag, EvaluationContext.empty());
    Evaluation empty = FlagEvaluator.defaults().evaluate(flag, EvaluationContext.of(""));
    assertThat(none.reason()).isEqualTo(EvaluationReason.SPLIT);
    assertThat(none.variant()).isEqualTo(empty.variant());
  }

  @Test
  void should_serve_the_default_variant_when_a_custom_operator_gets_what_it_cannot_compare() {
    FeatureFlag flag = FeatureFlag.builder().key("v").defaultVariant("off")
        .addRule(TargetingRule.in("plan", List.of("pro"), "on"))
        .addRule(TargetingRule.endsWith("email", "@example.com", "on")).build();
    Evaluation number = FlagEvaluator.defaults().evaluate(flag,
        EvaluationContext.ofAttributes(Map.of("email", 42L)));
    Evaluation absent = FlagEvaluator.defaults().evaluate(flag, EvaluationContext.of("jon"));
    assertThat(number.variant()).contains("off");
    assertThat(number.reason()).isEqualTo(EvaluationReason.DEFAULT);
    assertThat(absent.variant()).contains("off");
    assertThat(absent.reason()).isEqualTo(EvaluationReason.DEFAULT);
  }

  @Test
  void should_compare_semantic_versions() {
    FeatureFlag flag = FeatureFlag.builder().key("v2").addRule(TargetingRule.semVer("version", ">=", "2.0.0", "on"))
        .build();
    assertThat(FlagEvaluator.defaults().evaluate(flag, EvaluationContext.ofAttributes(Map.of("version", "2.1.0")))
        .variant()).contains("on");
    assertThat(FlagEvaluator.defaults().evaluate(flag, EvaluationContext.ofAttributes(Map.of("version", "1.9.9")))
        .variant()).contains("off");
    assertThat(FlagEvaluator.defaults().evaluate(flag,
        EvaluationContext.ofAttributes(Map.of("version", "2.0.0-rc.1"))).variant()).contains("off");
  }

  @Test
  void should_reject_impossible_flags_when_built() {
    assertThatThrownBy(() -> FeatureFlag.builder().key("x").defaultVariant("maybe").build())
        .hasMessageContaining("maybe").hasMessageContaining("[on, off]");
    assertThatThrownBy(() -> Rollout.builder().putWeight("on", 30).putWeight("off", 30).build())
        .hasMessageContaining("add up to 60");
    assertThatThrownBy(() -> FlagSet.of(FeatureFlag.named("a"), FeatureFlag.named("a")))
        .hasMessageContaining("unique");
    assertThatThrownBy(() -> FeatureFlag.builder().key("mixed").putVariant("a", "x").putVariant("b", 1).build())
        .hasMessageContaining("one type");
  }

  @Test
  void should_normalize_numbers() {
    FeatureFlag flag = FeatureFlag.builder().key("n").putVariant("small", 10).putVariant("big", 100)
        .defaultVariant("small").build();
    assertThat(flag.variants().get("small")).isEqualTo(10L);
  }

  /**
   * flagd's evaluation context: {@code $flagd.flagKey} and {@code $flagd.timestamp} (seconds since the epoch), which
   * override what a caller's context says under {@code $flagd} (flagd's python in-process provider tests
   * {@code test_should_override_injected_properties_if_already_present_in_context}).
   */
  @Test
  void should_give_targeting_the_flag_key_and_the_time_in_seconds() {
    String targeting = "{\"if\": [{\"and\": [{\"===\": [{\"var\": \"$flagd.flagKey\"}, \"launch\"]}, "
        + "{\">=\": [{\"var\": \"$flagd.timestamp\"}, 1767225600]}]}, \"on\", \"off\"]}";
    FeatureFlag flag = FeatureFlag.builder().key("launch").defaultVariant("off").targeting(targeting).build();
    FlagEvaluator before = FlagEvaluator.defaults().withClock(java.time.Clock.fixed(
        java.time.Instant.ofEpochSecond(1_767_225_599L), java.time.ZoneOffset.UTC));
    FlagEvaluator after = FlagEvaluator.defaults().withClock(java.time.Clock.fixed(
        java.time.Instant.ofEpochSecond(1_767_225_600L), java.time.ZoneOffset.UTC));
    EvaluationContext claimed = EvaluationContext.ofAttributes(Map.of("$flagd", Map.of("flagKey", "other",
        "timestamp", 0L)));

    assertThat(before.evaluate(flag, EvaluationContext.empty()).variant()).contains("off");
    assertThat(after.evaluate(flag, EvaluationContext.empty()).variant()).contains("on");
    assertThat(after.evaluate(flag, claimed).variant()).contains("on");
  }
}
