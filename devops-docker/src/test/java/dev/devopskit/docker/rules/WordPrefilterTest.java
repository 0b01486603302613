package dev.devopskit.docker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cheap tests the RUN rules make before splitting a script into shell words never skip a script whose words
 * would have matched: compared with the full split on generated scripts.
 */
class WordPrefilterTest {
  private static final List<String> FRAGMENTS = List.of("apt-get", "apt", "apk", "add", "install", "mvn", "./mvnw",
      "go", "build", "npm", "run", "ap", "t", "k", "-y", "'", "\"", "\\", "\\\n", " ", "  ", "\t", "\n", "&&", ";", "|",
      "(", ")", "a", "x", "get", "-", "\u00a0", "\u2003", "\u000b", "\f", "\r");
  private static final Set<String> WORDS = Set.of("apt-get", "apt", "apk", "mvn", "./mvnw", "go", "npm");

  @Provide
  Arbitrary<String> scripts() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(14).map(parts -> String.join("", parts));
  }

  @Property(tries = 3000)
  void should_skip_only_scripts_without_the_words(@ForAll("scripts") String script) {
    boolean holds = Walk.commands(script).stream().flatMap(List::stream).anyMatch(WORDS::contains);
    if (holds) {
      assertThat(Walk.mayHoldWord(script, WORDS)).as(script).isTrue();
    }
    boolean installs = Walk.commands(script).stream().flatMap(List::stream)
        .anyMatch(w -> w.equals("apt-get") || w.equals("apt") || w.equals("apk"));
    if (installs) {
      assertThat(Walk.mayHoldWord(script, List.of("apt", "apk"))).as(script).isTrue();
    }
  }

  @Property(tries = 2000)
  void should_take_the_first_word_as_the_pattern_split_did(@ForAll("scripts") String tool) {
    String stripped = tool.strip();
    assertThat(MultiStage.firstWord(stripped)).isEqualTo(stripped.split("\\s+", 2)[0]);
  }
}
