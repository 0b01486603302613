package dev.devopskit.docs.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.docs.Docs;
import dev.devopskit.docs.PostmortemFormat;
import dev.devopskit.docs.RunbookFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HandWrittenPostmortemTest {
  private final PostmortemFormat format = new PostmortemFormat();

  @Test
  void should_read_other_heading_levels_lists_and_extra_sections_with_findings_for_what_is_missing()
      throws IOException {
    Path file = Path.of("src/test/resources/hand-written/postmortem-shapes.md");
    Parsed<Postmortem> parsed = format.read(SourceFile.of("postmortem-shapes.md",
        Files.readString(file, StandardCharsets.UTF_8)));
    Postmortem pm = parsed.value().orElseThrow();
    assertThat(pm.title()).isEqualTo("Outage of the search API");
    assertThat(pm.timeline()).extracting(TimelineEntry::time)
        .containsExactly("2024-03-02 10:00 UTC", "2024-03-02 10:20 UTC");
    assertThat(pm.rootCause()).startsWith("The index job ran twice");
    assertThat(pm.actionItems()).hasSize(2);
    assertThat(pm.otherSections()).extracting(s -> s.title()).containsExactly("Background");
    assertThat(parsed.sourceMap().exact(DocPath.parse("actionItems[1]")).orElseThrow().line()).isEqualTo(22);
    assertThat(parsed.sourceMap().exact(DocPath.parse("timeline[1]")).orElseThrow().line()).isEqualTo(8);

    List<Finding> findings = List.copyOf(Policy.of(dev.devopskit.core.check.Profile.TRUNK).check(parsed, format)
        .findings());
    assertThat(findings).extracting(Finding::ruleId).contains("postmortem/front-matter",
        "postmortem/required-sections", "postmortem/action-item-owner", "postmortem/action-item-due");
    assertThat(findings).filteredOn(f -> f.ruleId().equals("postmortem/action-item-owner"))
        .extracting(f -> f.location().line()).containsExactly(21, 22);
  }

  @Test
  void should_claim_postmortems_by_path_and_by_front_matter() {
    assertThat(format.claims("docs/devops/postmortems/2024-05-01-outage.md")).isTrue();
    assertThat(format.claims("docs/postmortems/2024-05-01-outage.md")).isTrue();
    assertThat(format.claims("docs/postmortems/README.md")).isFalse();
    assertThat(format.claims("docs/devops/runbooks/backup.md")).isFalse();
    assertThat(format.claimsContent("notes/outage.md", "---\ntype: postmortem\nincident: x\n---\n")).isTrue();
    assertThat(format.claimsContent("notes/outage.md", "---\ntype: runbook\n---\n")).isFalse();
    assertThat(new RunbookFormat().claims("docs/devops/runbooks/database-backup.md")).isTrue();
    assertThat(new RunbookFormat().claimsContent("ops/x.md", "---\ntype: runbook\n---\n")).isTrue();
  }

  @Test
  void should_report_pathological_nesting_instead_of_crashing() throws InterruptedException {
    String nested = "*".repeat(50_000) + "a" + "*".repeat(50_000);
    java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
    // A small stack, as on a default JVM thread, makes the parser run out of it.
    Thread reader = new Thread(null, () -> {
      try {
        result.set(format.read(SourceFile.of("deep.md", nested)));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", 256 * 1024);
    reader.start();
    reader.join();
    assertThat(result.get()).isInstanceOf(Parsed.class);
    Parsed<?> parsed = (Parsed<?>) result.get();
    assertThat(parsed.findings()).extracting(Finding::ruleId).containsOnly("postmortem/syntax");
    assertThat(parsed.findings().get(0).message()).contains("nested too deeply");
  }

  @Property(tries = 50)
  void should_never_throw_on_mutated_input(@ForAll @IntRange(min = 0, max = 4000) int cut,
      @ForAll @IntRange(min = 0, max = 40) int noise) {
    String text = Docs.text(Samples.full());
    int at = Math.min(cut, text.length());
    String mutated = text.substring(0, at) + "|`#---\n> *[".repeat(noise % 5) + text.substring(at / 2);
    Parsed<Postmortem> pm = format.read(SourceFile.of("m.md", mutated));
    assertThat(pm).isNotNull();
    pm.value().ifPresent(v -> Policy.defaults().check(pm, format));
    assertThat(new RunbookFormat().read(SourceFile.of("m.md", mutated))).isNotNull();
    assertThat(Docs.readInfrastructure(SourceFile.of("m.md", mutated))).isNotNull();
  }
}
