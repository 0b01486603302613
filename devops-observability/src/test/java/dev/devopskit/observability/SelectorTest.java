package dev.devopskit.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectorTest {

  @Test
  void should_sample_labels_that_the_selector_matches() {
    assertThat(Selector.parse("http_requests_total{job=\"api\",code=~\"5..\",env!=\"test\"}").sample())
        .isEqualTo(Map.of("job", "api", "code", "500"));
    assertThat(RegexSample.of("(?:5\\d\\d|429)")).isEqualTo("500");
    assertThat(RegexSample.of("[45]xx")).isEqualTo("4xx");
    assertThat(RegexSample.of("a+b*c?d{2}")).isEqualTo("add");
  }

  @Test
  void should_find_series_counted_by_total_but_not_by_bad() {
    Selector total = Selector.parse("http_requests_total{job=\"api\"}");
    Selector bad = Selector.parse("http_requests_total{job=\"api\",code=~\"5..\"}");
    assertThat(total.sampleNotMatching(bad)).contains(Map.of("job", "api"));
    Selector totalWithCode = Selector.parse("http_requests_total{code=~\"[0-9]+\"}");
    assertThat(totalWithCode.sampleNotMatching(bad)).contains(Map.of("code", "0"));
  }

  @Test
  void should_refuse_selectors_it_cannot_sample() {
    assertThatThrownBy(() -> Selector.parse("sum(x)")).hasMessageContaining("metric{label=\"value\"");
    assertThatThrownBy(() -> Selector.parse("x{a=~\"(?=z)y\"}").sample()).hasMessageContaining("simplify");
  }
}
