package dev.devopskit.docs.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docs.PostmortemFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostmortemMarkdownTest {
  private final PostmortemFormat format = new PostmortemFormat();

  private Parsed<Postmortem> roundTrip(String name, Postmortem pm) {
    String text = format.write(pm);
    Shared.oracleOutput("markdown", name + ".md", text);
    Parsed<Postmortem> parsed = format.read(SourceFile.of(name + ".md", text));
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value()).contains(pm);
    assertThat(format.write(parsed.value().orElseThrow())).isEqualTo(text);
    return parsed;
  }

  @Test
  void should_read_back_a_full_postmortem_equal() {
    Parsed<Postmortem> parsed = roundTrip("postmortem-full", Samples.full());
    String text = parsed.source().text();
    int row = parsed.sourceMap().exact(DocPath.parse("actionItems[1].owner")).orElseThrow().line();
    assertThat(parsed.source().line(row)).contains("@sre");
    int event = parsed.sourceMap().exact(DocPath.parse("timeline[0]")).orElseThrow().line();
    assertThat(parsed.source().line(event)).contains("CheckoutErrors");
    assertThat(text).startsWith("---\ntype: postmortem\n");
    int code = parsed.sourceMap().exact(DocPath.parse("otherSections[0].codeBlocks[0]")).orElseThrow().line();
    assertThat(parsed.source().line(code)).isEqualTo("```sql");
    int heading = parsed.sourceMap().exact(DocPath.parse("rootCause.heading")).orElseThrow().line();
    assertThat(parsed.source().line(heading)).isEqualTo("## Root Cause");
  }

  @Test
  void should_read_back_the_empty_template_equal() {
    roundTrip("postmortem-template", Postmortem.template("db-failover", LocalDate.of(2024, 6, 2),
        IncidentSeverity.P2));
  }

  @Test
  void should_check_a_value_built_in_java_with_the_installed_format() {
    Postmortem pm = Samples.full().withRootCause("It was human error.");
    assertThat(dev.devopskit.core.policy.Policy.of(dev.devopskit.core.check.Profile.TRUNK).check(pm).findings())
        .extracting(f -> f.ruleId()).contains("postmortem/blameless-language");
    assertThat(dev.devopskit.core.policy.Policy.defaults().check(pm).findings()).isEmpty();
  }

  @Test
  void should_write_the_same_bytes_for_the_same_value() {
    assertThat(format.write(Samples.full())).isEqualTo(format.write(Samples.full()));
  }
}
