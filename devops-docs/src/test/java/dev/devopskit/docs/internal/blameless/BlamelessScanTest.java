package dev.devopskit.docs.internal.blameless;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one-pass scan finds exactly what one search per phrase over the whole text finds: on the labelled sentences,
 * the rule's fixtures, and random mixtures of their words with punctuation, quotes, code and odd characters.
 */
class BlamelessScanTest {
  private static final BlamelessLanguage LANGUAGE = BlamelessLanguage.standard();

  private static List<String> samples() throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/blameless/labelled-sentences.txt"),
        StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.split("\\|", 4)[3]);
      }
    }
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/postmortem/blameless-language"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        out.add(Files.readString(file));
      }
    }
    return out;
  }

  @Test
  void finds_what_a_search_per_phrase_finds_in_the_samples() throws IOException {
    for (String sample : samples()) {
      for (boolean rootCause : new boolean[] {false, true}) {
        assertThat(describe(LANGUAGE.scan(sample, rootCause)))
            .as(sample).isEqualTo(describe(LANGUAGE.scanEachPhrase(sample, rootCause)));
      }
    }
  }

  @Test
  void finds_what_a_search_per_phrase_finds_in_random_mixtures() throws IOException {
    List<String[]> sentences = samples().stream().map(s -> s.split("\\s+")).toList();
    String[] glue = {" ", "  ", "\n", ". ", ", ", "'", "’", "\"", "`", "-", "_", "@", "(", "\n> ", "\n```\n", "é",
        "\u00A0", "\uD835\uDC00", "²", "٣", "K", "ſ"};
    Random random = new Random(42);
    int hits = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        // a few consecutive words of a sample (so that phrases survive), then something odd
        String[] words = sentences.get(random.nextInt(sentences.size()));
        int from = random.nextInt(words.length);
        for (int w = from; w < Math.min(words.length, from + 2 + random.nextInt(5)); w++) {
          text.append(words[w]).append(random.nextInt(4) == 0 ? glue[random.nextInt(glue.length)] : " ");
        }
      }
      boolean rootCause = random.nextBoolean();
      List<BlamelessLanguage.Hit> found = LANGUAGE.scan(text.toString(), rootCause);
      hits += found.size();
      assertThat(describe(found)).as(text.toString())
          .isEqualTo(describe(LANGUAGE.scanEachPhrase(text.toString(), rootCause)));
    }
    assertThat(hits).isGreaterThan(100);
  }

  private static List<String> describe(List<BlamelessLanguage.Hit> hits) {
    return hits.stream().map(h -> h.offset() + ":" + h.length() + ":" + h.phrase().id() + ":" + h.words()).toList();
  }
}
