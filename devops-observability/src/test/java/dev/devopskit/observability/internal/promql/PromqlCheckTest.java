package dev.devopskit.observability.internal.promql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromqlCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "up == 0",
      "sum without (instance) (rate(http_requests_total{code=~\"5..\",}[5m])) > bool 1",
      "rate(x[5m:])",
      "max_over_time(rate(x[1m])[30m:1m])",
      "a / on (job) group_left (team) b",
      "x @ start() offset -5m",
      "SUM BY (job) (up)",
      "{\"utf8.metric\", job=\"a\"}",
      "label_replace(up, \"x\", \"$1\", \"instance\", \"(.*):(\\\\d+)\")",
      "vector(1) # a comment with ( and [",
      "histogram_quantile(0.99, sum by (le) (rate(h_bucket[5m]))) > 0.5 unless absent(up)",
  })
  void should_accept_valid_expressions(String expr) {
    assertThat(PromqlCheck.check(expr)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sum(rate(x[5m])                | 3  | '(' is not closed",
      "sum(rate(x[5m])))              | 16 | has no matching '('",
      "up{job=\"a\"                   | 2  | '{' is not closed",
      "up{job=a}                      | 7  | must be a quoted string",
      "up{job}                        | 6  | needs an operator",
      "rat(x[5m])                     | 0  | did you mean 'rate'",
      "increase(x)                    | 8  | needs a range vector",
      "rate(x[5 minutes])             | 6  | is not a duration",
      "up{job=\"a}                    | 7  | is not closed",
      "''                             | 0  | empty",
  })
  void should_report_mistakes_at_their_offset(String expr, int offset, String message) {
    assertThat(PromqlCheck.check(expr.strip())).first().satisfies(problem -> {
      assertThat(problem.offset()).isEqualTo(offset);
      assertThat(problem.message()).contains(message);
    });
  }
}
