package dev.devopskit.flags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.environment.EnvironmentsFormat;
import dev.devopskit.core.flag.EnvFlags;
import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagEnvironment;
import dev.devopskit.core.flag.FlagFile;
import dev.devopskit.core.flag.FlagKind;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.flag.Flagd;
import dev.devopskit.core.flag.Rollout;
import dev.devopskit.core.flag.TargetingRule;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FlagPropertiesTest {

  @Provide
  Arbitrary<FeatureFlag> flags() {
    Arbitrary<String> keys = Arbitraries.strings().withChars("abcdefghij-").ofMinLength(1).ofMaxLength(12)
        .filter(k -> !k.startsWith("-"));
    Arbitrary<Integer> percent = Arbitraries.integers().between(0, 100);
    Arbitrary<FlagKind> kind = Arbitraries.of(FlagKind.class);
    Arbitrary<Optional<LocalDate>> date = Arbitraries.integers().between(0, 2000)
        .map(d -> LocalDate.of(2024, 1, 1).plusDays(d)).optional();
    Arbitrary<List<TargetingRule>> rules = Arbitraries.of(
        TargetingRule.in("plan", List.of("pro", "team"), "on"), TargetingRule.equalTo("user.id", "42", "off"),
        TargetingRule.startsWith("email", "admin@", "on"), TargetingRule.semVer("version", "^", "2.1.0", "on"))
        .list().ofMaxSize(3);
    return Combinators.combine(keys, percent, kind, date, rules, Arbitraries.of(true, false))
        .as((key, p, k, created, r, enabled) -> {
          FeatureFlag.Builder b = FeatureFlag.builder().key(key).kind(k).addAllRules(r).enabled(enabled);
          created.ifPresent(b::created);
          created.ifPresent(c -> b.removeBy(c.plusDays(30)));
          if (p % 3 == 0) {
            b.rollout(Rollout.percent(p));
          }
          if (p % 4 == 0) {
            b.putEnvironment("production", FlagEnvironment.builder().defaultVariant("on")
                .rollout(Rollout.percent(100 - p)).build());
          }
          return b.build();
        });
  }

  @Property(tries = 200)
  void any_flag_written_and_read_back_is_equal(@ForAll("flags") FeatureFlag flag) {
    FlagSet set = FlagSet.of(flag);
    assertThat(FlagFile.read(SourceFile.of("flags.yaml", FlagFile.text(set))).value()).contains(set);
    assertThat(FlagFile.read(SourceFile.of("flags.json", FlagFile.json(set))).value()).contains(set);
  }

  @Property(tries = 200)
  void any_flag_evaluates_the_same_after_a_flagd_round_trip(@ForAll("flags") FeatureFlag flag,
      @ForAll("users") String user) {
    FlagSet set = FlagSet.of(flag);
    FlagSet flagd = Flagd.read(SourceFile.of("x.flagd.json", Flagd.text(set, Optional.of("production")))).value()
        .orElseThrow();
    EvaluationContext context = EvaluationContext.parse(List.of("targetingKey=" + user, "plan=pro", "version=2.3.0"));
    Evaluation expected = FlagEvaluator.forEnvironment("production").evaluate(set, flag.key(), context);
    Evaluation actual = FlagEvaluator.defaults().evaluate(flagd, flag.key(), context);
    assertThat(actual.variant()).isEqualTo(expected.variant());
    assertThat(actual.reason()).isEqualTo(expected.reason());
  }

  @Provide
  Arbitrary<String> users() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
  }

  @Property(tries = 100)
  void readers_never_throw_on_mutated_input(@ForAll("mutations") String text) {
    for (Parsed<?> parsed : List.of(FlagFile.read(SourceFile.of("flags.yaml", text)),
        Flagd.read(SourceFile.of("x.flagd.json", text)),
        new EnvironmentsFormat().read(SourceFile.of("environments.yml", text)))) {
      assertThat(parsed).isNotNull();
    }
    assertThat(EnvFlags.read(EnvFlags.parseDotEnv(text))).isNotNull();
  }

  @Provide
  Arbitrary<String> mutations() {
    String base;
    try {
      base = Samples.sample("flags.yaml").text() + "\n" + Flagd.text(FlagFile.read(
          Samples.sample("flags.yaml")).value().orElseThrow());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Arbitrary<Integer> position = Arbitraries.integers().between(0, base.length() - 1);
    Arbitrary<String> insert = Arbitraries.of(":", "-", "{", "}", "[", "]", "\"", "'", "\n", "  ", "*a", "&a ", "%",
        "null", "100", "\t", "#");
    return Combinators.combine(position.list().ofMinSize(1).ofMaxSize(6), insert.list().ofMinSize(6).ofMaxSize(6))
        .as((positions, inserts) -> {
          StringBuilder text = new StringBuilder(base);
          List<Integer> sorted = new ArrayList<>(positions);
          sorted.sort(null);
          for (int i = sorted.size() - 1; i >= 0; i--) {
            int at = sorted.get(i);
            if (i % 2 == 0) {
              text.insert(at, inserts.get(i));
            } else {
              text.delete(at, Math.min(text.length(), at + 3));
            }
          }
          return text.toString();
        });
  }
}
