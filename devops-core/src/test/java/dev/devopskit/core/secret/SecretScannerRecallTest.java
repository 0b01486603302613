package dev.devopskit.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.secret.SecretFixtures.Sample;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Recall on fake but well-formed secrets and false positives on look-alikes, measured on the fixture set. */
class SecretScannerRecallTest {
  private static final List<Sample> SECRETS = SecretFixtures.load("secrets.tsv");
  private static final List<Sample> LOOKALIKES = SecretFixtures.load("lookalikes.tsv");

  @Test
  void should_have_a_fixture_set_that_covers_every_kind() {
    assertThat(SECRETS).hasSizeGreaterThanOrEqualTo(60);
    assertThat(LOOKALIKES).hasSizeGreaterThanOrEqualTo(60);
    Set<SecretKind> kinds = SECRETS.stream().map(s -> SecretKind.valueOf(s.label())).collect(Collectors.toSet());
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(SecretKind.class));
  }

  @Test
  void should_find_at_least_95_percent_of_the_secrets_with_the_right_kind() {
    List<String> missed = new ArrayList<>();
    List<String> wrongKind = new ArrayList<>();
    for (Sample sample : SECRETS) {
      List<SecretMatch> matches = SecretFixtures.scan(sample);
      SecretKind expected = SecretKind.valueOf(sample.label());
      if (matches.isEmpty()) {
        missed.add(sample.toString());
      } else if (matches.stream().noneMatch(m -> m.kind() == expected)) {
        wrongKind.add(sample + " -> " + matches);
      }
    }
    double recall = 1.0 - (double) (missed.size() + wrongKind.size()) / SECRETS.size();
    System.out.printf("secret scanner recall: %.1f %% (%d of %d; %d missed, %d found as another kind)%n",
        recall * 100, SECRETS.size() - missed.size() - wrongKind.size(), SECRETS.size(), missed.size(),
        wrongKind.size());
    missed.forEach(m -> System.out.println("  missed: " + m));
    wrongKind.forEach(m -> System.out.println("  kind: " + m));
    assertThat(recall).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void should_report_at_most_5_percent_of_the_lookalikes() {
    List<String> reported = new ArrayList<>();
    for (Sample sample : LOOKALIKES) {
      List<SecretMatch> matches = SecretFixtures.scan(sample);
      if (!matches.isEmpty()) {
        reported.add(sample + " -> " + matches);
      }
    }
    double rate = (double) reported.size() / LOOKALIKES.size();
    System.out.printf("secret scanner false positives on look-alikes: %.1f %% (%d of %d)%n", rate * 100,
        reported.size(), LOOKALIKES.size());
    reported.forEach(r -> System.out.println("  reported: " + r));
    assertThat(rate).isLessThanOrEqualTo(0.05);
  }
}
