package dev.devopskit.docs.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docs.Docs;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PostmortemRoundTripTest {

  private static Arbitrary<String> sentence(int maxWords) {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    return word.list().ofMinSize(1).ofMaxSize(maxWords).map(words -> String.join(" ", words) + ".");
  }

  @Provide
  Arbitrary<Postmortem> postmortems() {
    Arbitrary<ActionItem> item = Combinators.combine(sentence(12), Arbitraries.of("@sre", "@dba", "@web"),
        Arbitraries.integers().between(1, 50), Arbitraries.of("Open", "Done", "In Progress"))
        .as((action, owner, days, status) -> ActionItem.builder().action(action).owner(owner)
            .due(LocalDate.of(2024, 5, 1).plusDays(days).toString()).status(status).build());
    Arbitrary<TimelineEntry> entry = Combinators.combine(Arbitraries.integers().between(0, 23), sentence(15))
        .as((hour, text) -> TimelineEntry.builder().time(String.format("2024-05-01 %02d:00 UTC", hour))
            .description(text).build());
    return Combinators.combine(sentence(60), sentence(40), item.list().ofMaxSize(4), entry.list().ofMaxSize(5),
        sentence(8).list().ofMaxSize(3), Arbitraries.of(IncidentSeverity.class))
        .as((rootCause, impact, items, timeline, lessons, severity) -> Postmortem.builder().incident("outage")
            .date(LocalDate.of(2024, 5, 1)).severity(severity).rootCause(rootCause).impact(impact)
            .actionItems(items).timeline(timeline)
            .lessonsLearned(LessonsLearned.builder().wentWell(lessons).build()).build());
  }

  @Property(tries = 40)
  void should_read_back_any_written_postmortem_equal(@ForAll("postmortems") Postmortem pm) {
    String text = Docs.text(pm);
    Parsed<Postmortem> parsed = Docs.readPostmortem(SourceFile.of("p.md", text));
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value()).contains(pm);
    assertThat(text.lines().filter(l -> l.length() > 80 && !l.startsWith("|")).toList()).isEqualTo(List.of());
    Shared.oracleOutput("markdown", "postmortem-generated-" + Math.floorMod(text.hashCode(), 5) + ".md", text);
  }
}
