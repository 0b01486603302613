package dev.devopskit.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docker.Compose;
import dev.devopskit.docker.rules.ComposeRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reference compose loader's own test data: files read, round-trip, cycles found, .env files parsed. */
class ComposeGoTestdataTest {
  private static Path peer() {
    return Shared.conformance().resolve("peer-tests/compose-spec__compose-go");
  }

  private static Parsed<ComposeFile> read(Path file) throws IOException {
    return Compose.read(SourceFile.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
  }

  @Test
  void should_read_and_round_trip_every_loader_test_file() throws IOException {
    List<Path> files = Shared.files(peer(), p -> p.toString().endsWith(".yaml") && !p.toString().contains("/schema/")
        || p.toString().endsWith("using-variables.yaml"));
    List<String> problems = new ArrayList<>();
    int clean = 0;
    for (Path file : files) {
      Parsed<ComposeFile> parsed = read(file);
      if (file.getFileName().toString().equals("empty.yaml")) {
        assertThat(parsed.hasErrors()).as("an empty file is not a compose file").isTrue();
        continue;
      }
      if (parsed.hasErrors()) {
        problems.add(file + ": " + parsed.findings());
        continue;
      }
      String written = Compose.text(parsed.value().get(), WriteOptions.noHeader());
      assertThat(Compose.read(SourceFile.of("again.yaml", written)).value()).as(file.toString())
          .isEqualTo(parsed.value());
      clean++;
    }
    assertThat(problems).isEmpty();
    assertThat(clean).isGreaterThan(30);
  }

  @Test
  void should_find_the_dependency_cycles_of_the_loader_tests() throws IOException {
    for (String name : List.of("compose-depends-on-cycle.yaml", "compose-depends-on-self.yaml")) {
      Parsed<ComposeFile> parsed = read(peer().resolve("loader/testdata").resolve(name));
      List<Finding> findings = List.copyOf(Policy.defaults().check(parsed, ComposeRules.all()).findings());
      assertThat(findings).as(name).anyMatch(f -> f.ruleId().equals("compose/dependency-cycle"));
    }
  }

  @Test
  void should_keep_interpolations_unresolved() throws IOException {
    Parsed<ComposeFile> parsed = read(peer().resolve("schema/using-variables.yaml"));
    assertThat(parsed.value().get().name()).contains("${VARIABLE}");
    assertThat(Compose.text(parsed.value().get(), WriteOptions.noHeader())).contains("replicas: ${VARIABLE}");
    assertThat(Compose.variables(parsed.value().get())).allMatch(u -> u.variable().name().equals("VARIABLE"));
  }

  private static DotEnv env(String name) throws IOException {
    return DotEnv.parse(Files.readString(peer().resolve("dotenv/fixtures").resolve(name), StandardCharsets.UTF_8));
  }

  @Test
  void should_parse_the_dotenv_fixtures() throws IOException {
    DotEnv plain = env("plain.env");
    assertThat(plain.values()).containsEntry("OPTION_A", Optional.of("1")).containsEntry("OPTION_C",
        Optional.of("3")).containsEntry("OPTION_E", Optional.of("5")).containsEntry("OPTION_G", Optional.of(""))
        .containsEntry("OPTION_H", Optional.of("my string"));
    DotEnv quoted = env("quoted.env");
    assertThat(quoted.values()).containsEntry("OPTION_A", Optional.of("1"))
        .containsEntry("OPTION_J", Optional.of("first line\nsecond line\nthird line\nand so on"))
        .containsEntry("OPTION_I", Optional.of("echo 'asd'")).containsEntry("OPTION_Z", Optional.of("last value"));
    assertThat(env("exported.env").values()).containsEntry("OPTION_A", Optional.of("2"));
    assertThat(env("utf8-bom.env").values()).containsKey("OPTION_A");
    assertThat(env("inherited-multi-var.env").values()).containsEntry("VAR_TO_BE_LOADED_FROM_OS_ENV",
        Optional.empty());
    assertThat(env("special.env").defines("VAR.WITH.DOTS")).isTrue();
    assertThat(env("equals.env").values()).containsEntry("OPTION_A",
        Optional.of("postgres://localhost:5432/database?sslmode=disable"));
    assertThat(env("invalid1.env").problems()).isNotEmpty();
    assertThat(env("invalid1.env").values()).containsKeys("foo", "zot");
  }
}
