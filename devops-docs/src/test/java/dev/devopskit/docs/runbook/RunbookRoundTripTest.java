package dev.devopskit.docs.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docs.Docs;
import dev.devopskit.docs.markdown.CodeBlock;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RunbookRoundTripTest {

  private static Arbitrary<String> sentence(int maxWords) {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    return word.list().ofMinSize(1).ofMaxSize(maxWords).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<Runbook> runbooks() {
    Arbitrary<RunbookStep> step = Combinators.combine(sentence(6), sentence(30), sentence(8), sentence(12),
        Arbitraries.of("bash", "sql", "text"), Arbitraries.integers().between(1, 4))
        .as((title, description, command, expected, language, lines) -> RunbookStep.builder().title(title)
            .description(description + ".").command(CodeBlock.of(language, (command + "\n").repeat(lines).strip()))
            .expectedOutput(expected).ifDifferent("escalate to " + expected + ".").build());
    return Combinators.combine(sentence(6), sentence(10).list().ofMaxSize(3), step.list().ofMinSize(1).ofMaxSize(4),
        step.list().ofMaxSize(2), Arbitraries.integers().between(0, 400))
        .as((title, when, steps, rollback, days) -> Runbook.builder().title(title).owner("@ops")
            .lastReviewed(LocalDate.of(2024, 1, 1).plusDays(days)).whenToUse(when).steps(steps).rollback(rollback)
            .addEscalation(EscalationContact.of("On-call", "#ops", "15 minutes")).build());
  }

  @Property(tries = 30)
  void should_read_back_any_written_runbook_equal(@ForAll("runbooks") Runbook runbook) {
    String text = Docs.text(runbook);
    Parsed<Runbook> parsed = Docs.readRunbook(SourceFile.of("r.md", text));
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value()).contains(runbook);
    Shared.oracleOutput("markdown", "runbook-generated-" + Math.floorMod(text.hashCode(), 4) + ".md", text);
  }
}
