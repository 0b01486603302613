package dev.devopskit.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.docs.internal.blameless.BlamelessLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BlamelessLanguageTest {

  record Labelled(boolean blaming, String language, boolean rootCause, String sentence) {}

  private static List<Labelled> sentences() throws IOException {
    List<Labelled> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/blameless/labelled-sentences.txt"),
        StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", 4);
      out.add(new Labelled(parts[0].equals("B"), parts[1], parts[2].equals("rc"), parts[3]));
    }
    return out;
  }

  @Test
  void should_find_blame_with_high_recall_and_few_false_positives() throws IOException {
    List<Labelled> all = sentences();
    int blaming = 0;
    int neutral = 0;
    int found = 0;
    int falsePositives = 0;
    List<String> misses = new ArrayList<>();
    for (Labelled s : all) {
      boolean hit = !BlamelessLanguage.standard().scan(s.sentence(), s.rootCause()).isEmpty();
      if (s.blaming()) {
        blaming++;
        found += hit ? 1 : 0;
        if (!hit) {
          misses.add("missed: " + s.sentence());
        }
      } else {
        neutral++;
        falsePositives += hit ? 1 : 0;
        if (hit) {
          misses.add("false positive: " + s.sentence());
        }
      }
    }
    double recall = 100.0 * found / blaming;
    double fpRate = 100.0 * falsePositives / neutral;
    System.out.printf(Locale.ROOT, "postmortem/blameless-language: %d blaming, %d neutral sentences; "
        + "recall %.1f %% (%d/%d), false-positive rate %.1f %% (%d/%d)%n", blaming, neutral, recall, found, blaming,
        fpRate, falsePositives, neutral);
    misses.forEach(m -> System.out.println("  " + m));
    assertThat(blaming).isGreaterThanOrEqualTo(40);
    assertThat(neutral).isGreaterThanOrEqualTo(40);
    assertThat(all.stream().filter(s -> s.language().equals("es")).count()).isGreaterThanOrEqualTo(30);
    assertThat(recall).isGreaterThanOrEqualTo(90.0);
    assertThat(fpRate).isLessThanOrEqualTo(5.0);
  }

  @Test
  void should_explain_every_hit_and_suggest_a_rewrite() {
    List<BlamelessLanguage.Hit> hits = BlamelessLanguage.standard().scan("It was human error.", false);
    assertThat(hits).hasSize(1);
    assertThat(BlamelessLanguage.message(hits.get(0))).contains("'human error'").contains("system");
    assertThat(hits.get(0).phrase().instead()).isNotBlank();
  }

  @Test
  void should_ignore_quotes_negations_and_code() {
    BlamelessLanguage language = BlamelessLanguage.standard();
    assertThat(language.scan("This was not human error.", false)).isEmpty();
    assertThat(language.scan("We avoid \"human error\" and “X's fault”.", false)).isEmpty();
    assertThat(language.scan("```\necho human error\n```", false)).isEmpty();
    assertThat(language.scan("Run `forgot-password` again.", false)).isEmpty();
    assertThat(language.scan("> He said it was human error.", false)).isEmpty();
  }

  @Test
  void should_keep_a_rationale_and_a_rewrite_for_every_phrase() {
    assertThat(BlamelessLanguage.standard().phrases()).hasSizeGreaterThanOrEqualTo(25)
        .allSatisfy(p -> {
          assertThat(p.why()).isNotBlank();
          assertThat(p.instead()).isNotBlank();
          assertThat(p.language()).isIn("en", "es");
        });
  }
}
