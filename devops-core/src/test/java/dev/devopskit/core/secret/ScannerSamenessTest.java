package dev.devopskit.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlStrings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The scanner gives exactly what it gave before its search was made faster ({@link ReferenceSecretScanner}): on
 * the labelled fixtures, on every line and every YAML string of the real-world conformance files, and on random
 * texts built from the pieces the scanner looks for (provider prefixes, secret-looking names, separators,
 * placeholders, and characters that lower-case to ASCII letters).
 */
class ScannerSamenessTest {
  private static final List<String> KEYS = List.of("", "password", "DB_PASSWORD", "run", "image", "apiKey",
      "aws_secret_access_key", "client-secret", "cache-key", "with", "token_id", "description");

  private static void assertSame(String key, String value) {
    assertThat(SecretScanner.defaults().scanValue(key, value)).as("scanValue(%s, ...)", key)
        .isEqualTo(ReferenceSecretScanner.defaults().scanValue(key, value));
    assertThat(Redaction.secretsIn(key, value)).as("secretsIn(%s, ...)", key)
        .isEqualTo(ReferenceSecretScanner.secretsIn(key, value));
  }

  private static void assertSameText(String text) {
    assertThat(SecretScanner.defaults().scanText(text)).isEqualTo(ReferenceSecretScanner.defaults().scanText(text));
    assertThat(SecretScanner.isPlaceholder(text)).isEqualTo(ReferenceSecretScanner.isPlaceholder(text));
    assertThat(SecretScanner.sensitiveName(text)).isEqualTo(ReferenceSecretScanner.sensitiveName(text));
  }

  @Test
  void should_agree_with_the_reference_on_the_fixtures() {
    List<SecretFixtures.Sample> samples = new ArrayList<>(SecretFixtures.load("secrets.tsv"));
    samples.addAll(SecretFixtures.load("lookalikes.tsv"));
    for (SecretFixtures.Sample sample : samples) {
      String content = sample.content();
      assertSameText(content);
      for (String key : KEYS) {
        assertSame(key, content);
      }
      for (String line : content.split("\n")) {
        int separator = Math.max(line.indexOf('='), line.indexOf(':'));
        if (separator > 0) {
          assertSame(line.substring(0, separator).trim(), line.substring(separator + 1));
        }
      }
    }
  }

  @Test
  void should_agree_with_the_reference_on_real_world_files() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    int strings = 0;
    for (Path file : Shared.files(root, Files::isRegularFile)) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (text.length() > 200_000) {
        continue;
      }
      assertSameText(text);
      assertSame("", text);
      String[] lines = text.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].indexOf('=') >= 0 || lines[i].indexOf(':') >= 0 || lines[i].length() >= 20) {
          assertSame(KEYS.get(i % KEYS.size()), lines[i]);
          strings++;
        }
      }
      String name = file.getFileName().toString();
      if (name.endsWith(".yml") || name.endsWith(".yaml")) {
        Parsed<YamlDocument> parsed = Yaml.read(SourceFile.of(name, text));
        var tree = parsed.value().flatMap(YamlDocument::root);
        if (tree.isPresent()) {
          for (StringSite site : YamlStrings.of(tree.get())) {
            assertSame(site.key(), site.value());
            strings++;
          }
        }
      }
    }
    assertThat(strings).isGreaterThan(10_000);
  }

  @Property(tries = 3000)
  void should_agree_with_the_reference_on_random_texts(@ForAll("texts") String text, @ForAll("keys") String key) {
    assertSameText(text);
    assertSame(key, text);
    assertSame(key, text.trim());
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.oneOf(Arbitraries.of(KEYS), pieces().list().ofMaxSize(3).map(l -> String.join("", l)));
  }

  @Provide
  Arbitrary<String> texts() {
    return pieces().list().ofMaxSize(14).map(l -> String.join("", l));
  }

  private static Arbitrary<String> pieces() {
    Arbitrary<String> fixed = Arbitraries.of(
        // provider hints and starts
        "AKIA", "ASIA", "github_pat_", "ghp_", "gho_", "glpat-", "https://hooks.slack.com/services/", "xoxb-",
        "sk_live_", "AIza", "eyJ", ".eyJ", "npm_", "pypi-AgEIcHlwaS5vcmc", "SG.", "SK", "sk-", "T3BlbkFJ",
        "sk-ant-api03-", "hf_", "dop_v1_", "shpat_", "key-", ":AA", "https://discord.com/api/webhooks/",
        "dckr_pat_", "postgres://", "mysql://", "redis://", "jdbc:postgresql://", "user:", "@db", "@db.example.com",
        "@prod.internal", "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----",
        "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=",
        // names, separators, placeholders and filler
        "password", "PASSWORD", "Token", "API_KEY", "apiKey", "secret", "AWS_SECRET_ACCESS_KEY", "credential",
        "webhook", "connection", "_file", "_id", "=", ":", ": ", "= ", "\"", "'", " ", "\n", "\t", "${", "}",
        "${{ secrets.X }}", "$VAR", "<token>", "{{ x }}", "changeme", "example", "xxxx", "****", "1234567890",
        "abcdefgh", "dummy", "fake", "your-token", "process.env.TOKEN", "env.X", "(", ")", "/", ".", "-", "_",
        "secret.json", "./key", "http://", "#", "%X%",
        // characters that lower-case to ASCII letters, or that ignore-case comparison would take for them
        "\u212a", "\u0130", "\u017f", "\u00e9", "\u0131", "FA\u212aE", "\u017fecret", "\uD83D\uDE00");
    Arbitrary<String> tokens = Arbitraries.strings().withChars(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-").ofMinLength(1).ofMaxLength(70);
    Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(30).ofMaxLength(64);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, fixed), net.jqwik.api.Tuple.of(3, tokens), net.jqwik.api.Tuple.of(1, hex));
  }
}
