package dev.devopskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureFlagCommandTest {
  @TempDir
  Path repository;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return CliRun.into(out, err, args);
  }

  @Test
  void should_add_a_flag_with_defaults_and_show_where_code_uses_it() throws IOException {
    Path code = repository.resolve("src/Checkout.java");
    Files.createDirectories(code.getParent());
    Files.writeString(code, "class Checkout {\n  boolean on() { return client.getBooleanValue(\"new-checkout\", false); }\n}\n");
    int exit = run("feature-flag", "new-checkout", "--owner", "team-payments", "--root", repository.toString(),
        "--today", "2026-12-01");
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("remove by 2027-01-10").contains("src/Checkout.java:2:");
    String file = Files.readString(repository.resolve("flags.yaml"), StandardCharsets.UTF_8);
    assertThat(file).isEqualTo("flags:\n  new-checkout:\n    owner: team-payments\n    kind: release\n"
        + "    created: '2026-12-01'\n    remove-by: '2027-01-10'\n    default: 'off'\n");
  }

  @Test
  void should_append_to_an_existing_file_and_keep_its_comments() throws IOException {
    Path flags = repository.resolve("flags.yaml");
    Files.writeString(flags, "# Our flags\nflags:\n  dark-mode:\n    owner: team-web  # the web team\n    kind: permission\n");
    assertThat(run("feature-flag", "search-v2", "--kind", "experiment", "--remove-by", "2027-02-01", "--root",
        repository.toString(), "--today", "2026-12-01")).isZero();
    String file = Files.readString(flags, StandardCharsets.UTF_8);
    assertThat(file).startsWith("# Our flags\n").contains("# the web team").contains("  search-v2:\n    kind: experiment");
    assertThat(out.toString()).contains("no code uses 'search-v2' yet").contains("--owner");
  }

  @Test
  void should_list_flags_with_age_and_status() throws IOException {
    Files.writeString(repository.resolve("flags.yaml"), "flags:\n"
        + "  old-banner:\n    owner: team-web\n    created: 2026-08-01\n    remove-by: 2026-10-01\n"
        + "  search-v2:\n    owner: team-search\n    created: 2026-09-01\n    remove-by: 2027-01-01\n"
        + "  fresh:\n    owner: team-web\n    created: 2026-11-28\n    remove-by: 2027-01-01\n"
        + "  kill:\n    kind: kill-switch\n");
    assertThat(run("feature-flag", "--list", "--root", repository.toString(), "--today", "2026-12-01")).isZero();
    String text = out.toString();
    assertThat(text).containsPattern("old-banner +release +team-web +122d +2026-10-01 +expired");
    assertThat(text).containsPattern("search-v2 .* 91d .*potentially stale");
    assertThat(text).containsPattern("fresh .* 3d .*active");
    assertThat(text).containsPattern("kill +kill-switch +- +- +- +active");
    assertThat(text).contains("4 flags in");
  }

  @Test
  void should_evaluate_a_flag_for_a_context_from_the_flag_file() throws IOException {
    Path flags = repository.resolve("flags.yaml");
    Files.writeString(flags, "flags:\n  new-checkout:\n    default: off\n    rules:\n      - attribute: plan\n"
        + "        in: [pro]\n        variant: on\n      - attribute: user.name\n        equals: Jon\n"
        + "        variant: on\n");
    assertThat(run("feature-flag", "new-checkout", "--file", flags.toString(), "--eval",
        "targetingKey=jon@example.com", "plan=pro")).isZero();
    assertThat(out.toString()).contains("variant: on").contains("value:   true").contains("reason:  TARGETING_MATCH");
    out.getBuffer().setLength(0);
    assertThat(run("feature-flag", "new-checkout", "--file", flags.toString(), "--eval", "user.name=Jon")).isZero();
    assertThat(out.toString()).contains("variant: on");
    out.getBuffer().setLength(0);
    assertThat(run("feature-flag", "new-checkout", "--file", flags.toString(), "--eval", "plan=free")).isZero();
    assertThat(out.toString()).contains("variant: off").contains("reason:  DEFAULT");
  }

  @Test
  void should_evaluate_flagd_files_and_report_unknown_flags() throws IOException {
    Path flagd = repository.resolve("app.flagd.json");
    Files.writeString(flagd, "{\"flags\": {\"color\": {\"state\": \"ENABLED\", \"variants\": {\"red\": \"#f00\","
        + " \"blue\": \"#00f\"}, \"defaultVariant\": \"red\", \"targeting\": {\"if\": [{\"ends_with\": "
        + "[{\"var\": \"email\"}, \"@faas.com\"]}, \"blue\", null]}}}}");
    assertThat(run("feature-flag", "color", "--file", flagd.toString(), "--eval", "email=jon@faas.com")).isZero();
    assertThat(out.toString()).contains("variant: blue").contains("value:   #00f").contains("TARGETING_MATCH");
    out.getBuffer().setLength(0);
    assertThat(run("feature-flag", "nope", "--file", flagd.toString(), "--eval")).isEqualTo(1);
    assertThat(out.toString()).contains("FLAG_NOT_FOUND");
  }

  @Test
  void should_evaluate_dot_env_flags() throws IOException {
    Path env = repository.resolve(".env");
    Files.writeString(env, "FEATURE_NEW_CHECKOUT=25%\n");
    assertThat(run("feature-flag", "new-checkout", "--file", env.toString(), "--eval", "targetingKey=jon")).isZero();
    assertThat(out.toString()).contains("reason:  SPLIT");
  }

  @Test
  void should_refuse_bad_options_with_a_usage_error() {
    assertThat(run("feature-flag", "x", "--kind", "forever", "--root", repository.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown --kind 'forever'");
  }
}
