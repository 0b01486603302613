package dev.devopskit.core.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvFlagsTest {

  @Test
  void should_read_on_off_variant_and_percent() {
    FlagSet flags = EnvFlags.read(Map.of("FEATURE_NEW_CHECKOUT", "on", "FEATURE_DARK_MODE", "off",
        "FEATURE_THEME", "ocean", "FEATURE_SEARCH_V2", "25%", "PATH", "/bin"));
    assertThat(flags.keys()).containsExactly("dark-mode", "new-checkout", "search-v2", "theme");
    assertThat(flags.flag("new-checkout").orElseThrow().defaultVariant()).contains("on");
    assertThat(flags.flag("search-v2").orElseThrow().rollout()).contains(Rollout.percent(25));
    assertThat(flags.flag("theme").orElseThrow().variants()).containsEntry("ocean", "ocean");
  }

  @Test
  void should_override_an_existing_flag_and_report_unknown_variants() {
    FeatureFlag theme = FeatureFlag.builder().key("theme").putVariant("light", "#fff").putVariant("dark", "#000")
        .defaultVariant("light").build();
    FlagSet flags = EnvFlags.apply(FlagSet.of(theme), Map.of("FEATURE_THEME", "dark"));
    assertThat(flags.flag("theme").orElseThrow().defaultVariant()).contains("dark");
    assertThat(EnvFlags.check(FlagSet.of(theme), Map.of("FEATURE_THEME", "blue")))
        .singleElement().asString().contains("no variant 'blue'");
  }

  @Test
  void should_parse_dot_env_files_and_write_them_back() {
    Map<String, String> variables = EnvFlags.parseDotEnv("# flags\nexport FEATURE_A=on\nFEATURE_B=\"10%\"\n"
        + "FEATURE_C=off # later\n\nDB_URL=x\n");
    assertThat(variables).containsEntry("FEATURE_A", "on").containsEntry("FEATURE_B", "10%")
        .containsEntry("FEATURE_C", "off");
    FlagSet flags = EnvFlags.read(variables);
    String lines = EnvFlags.write(flags, Optional.empty());
    assertThat(lines).isEqualTo("FEATURE_A=on\nFEATURE_B=10%\nFEATURE_C=off\n");
    assertThat(EnvFlags.read(EnvFlags.parseDotEnv(lines))).isEqualTo(flags);
  }
}
