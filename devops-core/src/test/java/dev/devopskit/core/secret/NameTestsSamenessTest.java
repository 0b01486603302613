package dev.devopskit.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The scanner's name tests written without regular expressions give what the expressions gave: the camel-case
 * split of a key before it is judged, and the hash-like endings that keep a value from the entropy test.
 */
class NameTestsSamenessTest {
  /** The expression the ending test replaces, as it was written. */
  private static final Pattern HASHY_NAME = Pattern.compile(
      "(?i)(?:sha|digest|hash|checksum|commit|ref|version|integrity|uses|image|id|uuid|fingerprint|nonce|key_id"
          + "|signature|cache|path|url|uri|file|name|tag|label|description|run|script|command|args|with|if"
          + "|pattern|regex|lockfile|etag|revision|salt|iv)$");

  private static void assertSame(String key) {
    assertThat(SecretNames.camelToSnake(key)).as("camelToSnake(%s)", key)
        .isEqualTo(key.replaceAll("([a-z0-9])([A-Z])", "$1_$2"));
    assertThat(SecretNames.hashyName(key)).as("hashyName(%s)", key).isEqualTo(HASHY_NAME.matcher(key).find());
  }

  @Test
  void should_agree_on_chosen_keys() {
    for (String key : List.of("", "a", "A", "aB", "apiKey", "API_KEY", "aBC", "a1B", "aBcD", "Z9Z", "imageSHA",
        "cache-key", "KEY_ID", "key-id", "if", "IF", "Iv", "diff", "node_version", "run\n", "run\r\n", "run\n\n",
        "run\u2028", "run\u0085", "ru\nn", "run\r", "\u212Aey_id", "\u0131d", "r\u0131n", "ſha", "shA ", "sha\t",
        "\u00e9Tag", "\u00c9tag", "ETAG", "eTaG")) {
      assertSame(key);
    }
  }

  @Property(tries = 2000)
  void should_agree_on_random_keys(@ForAll("keys") String key) {
    assertSame(key);
  }

  @Provide
  Arbitrary<String> keys() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("sha", "SHA", "Digest", "key_id", "KEY-ID", "id", "Id", "iv", "if", "tag", "eTag", "uri",
            "url", "run", "Run", "with", "lockFile", "api", "Key", "token", "Token", "_", "-", ".", "1", "9",
            "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", " ", "\u212A", "\u0131", "\u017F", "\u00e9", "\u00c9"),
        Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').withCharRange('0', '9')
            .withChars("_-\n\u212A\u0131").ofMaxLength(4));
    return pieces.list().ofMaxSize(5).map(parts -> String.join("", parts));
  }
}
