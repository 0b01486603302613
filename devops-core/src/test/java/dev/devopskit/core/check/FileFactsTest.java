package dev.devopskit.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.SourceMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileFactsTest {
  /** An analysis of a text: its words. */
  record Words(List<String> words) {
    static Words of(String text, List<String> calls) {
      calls.add(text);
      return new Words(List.of(text.split(" ")));
    }
  }

  /** A rule that reports one word of the text, read from the shared analysis. */
  private static Rule<String> wordRule(String id, int index, List<String> calls) {
    RuleInfo info = RuleInfo.of(id, Profile.RECOMMENDED, Severity.WARNING, "word " + index);
    return new Rule<>() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public void check(String text, RuleContext context) {
        Words words = context.facts(Words.class, () -> Words.of(text, calls));
        context.report(DocPath.root(), words.words().get(index));
      }
    };
  }

  @Test
  void an_analysis_runs_once_per_checked_file_and_is_shared_by_its_rules() {
    List<String> calls = new ArrayList<>();
    List<Rule<String>> rules = List.of(wordRule("test/first", 0, calls), wordRule("test/second", 1, calls));

    List<String> first = messages(Policy.defaults().check(parsed("a.txt", "alpha beta"), rules).findingList());
    List<String> second = messages(Policy.defaults().check(parsed("b.txt", "gamma delta"), rules).findingList());

    assertThat(first).containsExactly("alpha", "beta");
    assertThat(second).as("the next file gets its own analysis").containsExactly("gamma", "delta");
    assertThat(calls).containsExactly("alpha beta", "gamma delta");
  }

  @Test
  void a_context_of_its_own_works_out_its_own_facts() {
    List<String> calls = new ArrayList<>();
    RuleContext one = RuleContext.forValue(RuleInfo.of("test/x", Profile.RECOMMENDED, Severity.WARNING, "x"));
    RuleContext other = RuleContext.forValue(RuleInfo.of("test/x", Profile.RECOMMENDED, Severity.WARNING, "x"));

    Words a = one.facts(Words.class, () -> Words.of("one", calls));
    Words again = one.facts(Words.class, () -> Words.of("ignored", calls));
    Words b = other.facts(Words.class, () -> Words.of("other", calls));

    assertThat(again).isSameAs(a);
    assertThat(b.words()).containsExactly("other");
    assertThat(calls).containsExactly("one", "other");
  }

  private static Parsed<String> parsed(String path, String text) {
    return Parsed.of(text, SourceFile.of(path, text), SourceMap.none(), List.of());
  }

  private static List<String> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }
}
