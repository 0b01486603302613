package dev.devopskit.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass word search gives what a plain search for each word gives, in each of its three forms. */
class AsciiWordsTest {
  /** Words of every shape: one character, a non-letter second character, shared prefixes. */
  private static final Map<String, Integer> SOME_WORDS = Map.of("go ", 1, "go\t", 2, "e2e", 4, "x", 8, "test", 16,
      "test:", 32, "gh\n", 64, "npm", 128, "pnpm", 256, "-", 512);
  private static final AsciiWords WORDS = AsciiWords.of(SOME_WORDS);

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("go ", "GO\t", "Go", "e2E", "x", "X", "test", "TEST:", "tes", "gh\n", "GH", "npm", "pNpm",
        "p", "-", " ", "\n", "a", "\u212A", "\u0130", "\u017F", "\u00e9", "key", "KEY", "\u212Aey", "pass")
        .list().ofMaxSize(10).map(parts -> String.join("", parts));
  }

  @Property(tries = 2000)
  void should_find_the_words_a_plain_search_finds(@ForAll("texts") String text) {
    for (int from = 0; from <= text.length(); from += 3) {
      int to = Math.max(from, text.length() - from / 2);
      assertThat(WORDS.find(text, from, to)).as("%s [%d, %d)", text, from, to)
          .isEqualTo(plainFind(text.substring(from, to)));
    }
  }

  @Property(tries = 2000)
  void should_start_where_a_plain_search_first_finds_a_word(@ForAll("texts") String text) {
    for (int from = 0; from <= text.length(); from++) {
      int expected = -1;
      for (int at = from; at < text.length() && expected < 0; at++) {
        expected = plainFind(text.substring(at)) != 0 && startsWithWord(text.substring(at)) ? at : -1;
      }
      assertThat(WORDS.startAt(text, from)).as("%s from %d", text, from).isEqualTo(expected);
    }
  }

  @Property(tries = 2000)
  void should_find_in_lower_case_what_the_lower_cased_copy_holds(@ForAll("texts") String text) {
    AsciiWords fragments = AsciiWords.of("pass", "key", "test", "-");
    for (int from = 0; from <= text.length(); from += 2) {
      String lower = text.substring(from).toLowerCase(Locale.ROOT);
      boolean expected = List.of("pass", "key", "test", "-").stream().anyMatch(lower::contains);
      assertThat(fragments.inLowerCase(text, from, text.length())).as("%s from %d", text, from).isEqualTo(expected);
    }
  }

  @Test
  void should_tell_the_ascii_search_from_the_lower_cased_one() {
    AsciiWords key = AsciiWords.of("key");
    // The Kelvin sign lower-cases to 'k': only the lower-cased search takes it for one.
    assertThat(key.find("\u212Aey")).isZero();
    assertThat(key.inLowerCase("\u212Aey", 0, 3)).isTrue();
    assertThat(key.find("API_KEY")).isEqualTo(1);
    assertThat(WORDS.find("run: NPM test:e2e")).isEqualTo(128 | 16 | 32 | 4);
    assertThat(WORDS.startAt("a pnpm", 0)).isEqualTo(2);
    assertThat(WORDS.startAt("abc", 0)).isEqualTo(-1);
  }

  @Test
  void should_refuse_words_it_cannot_search() {
    assertThatThrownBy(() -> AsciiWords.of("Key")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower-case ASCII: Key");
    assertThatThrownBy(() -> AsciiWords.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AsciiWords.of("cl\u00e9")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AsciiWords.of(Map.of("npm", 0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one bit");
  }

  @Test
  void should_find_a_pattern_only_where_a_start_word_is() {
    StartWordPattern deploy = StartWordPattern.of("(?i)\\bhelm\\s+upgrade|\\bkubectl\\s+apply", "helm", "kubectl");
    assertThat(deploy.find("run: HELM upgrade app ./chart")).isTrue();
    assertThat(deploy.find("xhelm upgrade; kubectl  apply -f x")).isTrue();
    assertThat(deploy.find("xhelm upgrade")).isFalse();
    assertThat(deploy.find("")).isFalse();
    assertThat(deploy.pattern().pattern()).startsWith("(?i)");
  }

  /** The words found by searching the ASCII-lower-cased text for each of them. */
  private static int plainFind(String text) {
    String lower = asciiLower(text);
    int found = 0;
    for (Map.Entry<String, Integer> word : SOME_WORDS.entrySet()) {
      found |= lower.contains(word.getKey()) ? word.getValue() : 0;
    }
    return found;
  }

  private static boolean startsWithWord(String text) {
    String lower = asciiLower(text);
    return SOME_WORDS.keySet().stream().anyMatch(lower::startsWith);
  }

  private static String asciiLower(String text) {
    StringBuilder lower = new StringBuilder();
    for (char c : text.toCharArray()) {
      lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return lower.toString();
  }
}
