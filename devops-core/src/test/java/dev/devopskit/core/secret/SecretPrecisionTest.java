package dev.devopskit.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.plaintext.PlainTextFormat;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code secrets/literal-secret} on a small repository of the files that real repositories hold beside their
 * configuration (translations, test fixtures, API specifications, examples, local defaults): what it must report,
 * at which line and severity, and what it must leave alone ({@code src/test/resources/secrets/precision}).
 */
class SecretPrecisionTest {
  private static final Path TREE = Path.of("src/test/resources/secrets/precision");

  @TempDir
  Path checkout;

  @Test
  void should_report_credentials_by_the_role_of_their_file() throws IOException {
    copy(TREE, checkout);
    CheckResult result = PathCheck.of(Formats.of(List.of(new PlainTextFormat())), Policy.defaults())
        .relativeTo(checkout).check(List.of(checkout));
    List<String> found = result.findingList().stream().map(SecretPrecisionTest::row).sorted()
        .collect(Collectors.toList());
    List<String> expected = Files.readAllLines(Path.of("src/test/resources/secrets/precision.expected.tsv"))
        .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().collect(Collectors.toList());
    assertThat(found).isEqualTo(expected);
    assertThat(String.join("\n", found)).doesNotContain("Wz8qLm3Xv9Tr");
  }

  @Test
  void should_judge_a_file_by_its_folders_inside_the_repository_not_above_it() throws IOException {
    Path repository = checkout.resolve("tests").resolve("fixtures").resolve("app");
    copy(TREE, repository);
    Files.createDirectories(repository.resolve(".git"));
    String shown = repository.toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
    List<String> found = PathCheck.of(Formats.of(List.of(new PlainTextFormat())), Policy.defaults())
        .check(List.of(repository)).findingList().stream()
        .map(f -> row(f).substring(f.location().file().startsWith(shown) ? shown.length() : 0)).sorted()
        .collect(Collectors.toList());
    List<String> expected = Files.readAllLines(Path.of("src/test/resources/secrets/precision.expected.tsv"))
        .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().collect(Collectors.toList());
    assertThat(found).as("the checkout lies under tests/fixtures/, which says nothing about its files")
        .isEqualTo(expected);
    assertThat(FileRole.of(shown + ".env")).isEqualTo(FileRole.TEST);
    assertThat(SourceFile.of(shown + ".env", "").withRepositoryPath(".env").role())
        .isEqualTo(FileRole.CONFIGURATION);
  }

  @Test
  void should_tell_the_role_of_a_file_from_its_folders_and_name() {
    assertThat(FileRole.of("public/intl/messages/de-DE.json")).isEqualTo(FileRole.TRANSLATION);
    assertThat(FileRole.of("ui/src/translations/ja.json")).isEqualTo(FileRole.TRANSLATION);
    assertThat(FileRole.of("locales/en/common.yml")).isEqualTo(FileRole.TRANSLATION);
    assertThat(FileRole.of("hack/test.env")).isEqualTo(FileRole.TEST);
    assertThat(FileRole.of("jdbc-mysql/src/test/resources/application-test.yml")).isEqualTo(FileRole.TEST);
    assertThat(FileRole.of("identity/.snapshots/TestHandler.json")).isEqualTo(FileRole.TEST);
    assertThat(FileRole.of("internal/reloader/testdata/50_example.env")).isEqualTo(FileRole.TEST);
    assertThat(FileRole.of("e2e-tests/docker/data/application-postgres.yml")).isEqualTo(FileRole.TEST);
    assertThat(FileRole.of("driver/config/stub/.kratos.yaml")).isEqualTo(FileRole.TEST);
    assertThat(FileRole.of("example.env")).isEqualTo(FileRole.EXAMPLE);
    assertThat(FileRole.of(".env.example")).isEqualTo(FileRole.EXAMPLE);
    assertThat(FileRole.of("docs/install/compose.yml")).isEqualTo(FileRole.EXAMPLE);
    assertThat(FileRole.of("openapi.yaml")).isEqualTo(FileRole.SPECIFICATION);
    assertThat(FileRole.of(".schema/openapi/patches/schema.yaml")).isEqualTo(FileRole.SPECIFICATION);
    assertThat(FileRole.of("embedx/config.schema.json")).isEqualTo(FileRole.SPECIFICATION);
    assertThat(FileRole.of(".env")).isEqualTo(FileRole.CONFIGURATION);
    assertThat(FileRole.of("docker-compose.yml")).isEqualTo(FileRole.CONFIGURATION);
    assertThat(FileRole.of("deploy/helm/templates/secret.yaml")).isEqualTo(FileRole.CONFIGURATION);
    assertThat(FileRole.of("src/main/resources/application.properties")).isEqualTo(FileRole.CONFIGURATION);
    assertThat(FileRole.of("contest/latest.env")).isEqualTo(FileRole.CONFIGURATION);
  }

  @Test
  void should_judge_a_value_by_its_shape_before_its_name() {
    SecretScanner scanner = SecretScanner.defaults();
    assertThat(scanner.scanValue("POSTGRES_PASSWORD", "I6EGNzRESu3X3pKZ")).map(SecretMatch::kind)
        .contains(SecretKind.SENSITIVE_ASSIGNMENT);
    assertThat(scanner.scanValue("POSTGRES_PASSWORD", "k3str4")).map(SecretMatch::kind)
        .contains(SecretKind.WEAK_ASSIGNMENT);
    assertThat(scanner.scanValue("label_password", "Passwort ändern")).isEmpty();
    assertThat(scanner.scanValue("password", "#/components/schemas/password")).isEmpty();
    assertThat(scanner.scanValue("DB_PASSWORD", "DATABASE_PASSWORD")).isEmpty();
    assertThat(scanner.scanValue("client_secret", "client_secret")).isEmpty();
    assertThat(scanner.scanValue("SMTP_PASS", "test-smtp-pass-1")).isEmpty();
    assertThat(scanner.scanValue("password", "dev-password-9")).isEmpty();
    assertThat(scanner.scanValue("PRIVATE_KEY", "disabled")).isEmpty();
    assertThat(scanner.scanValue("NEW_RELIC_LICENSE_KEY", "a8f3K29dk3L5m6n7B8v9c0x1Z2q3w4e5r6T7")).isPresent();
  }

  private static String row(Finding finding) {
    return finding.location().file() + "\t" + finding.location().line() + "\t" + finding.severity().label();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.writeString(target, Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
      }
    }
  }
}
