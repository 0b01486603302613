package dev.devopskit.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One cron grammar: what it accepts, and what it rejects with the field and the allowed values named. */
class CronExpressionTest {

  @ParameterizedTest
  @ValueSource(strings = {"0 3 * * *", "*/15 0-6 1,15 JAN-JUN MON-FRI", "59 23 31 12 7", "0 0 1 1 0",
      "  30\t5 * * 1-5 ", "0 */2 * * sun", "5-10/5 * * * *"})
  void should_accept_valid_expressions(String expression) {
    assertThat(CronExpression.problem(expression)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "99 3 * * *       | cron '99 3 * * *': '99' is not a valid minute (allowed: 0-59, '*', ranges a-b and steps */n)",
      "0 24 * * *       | '24' is not a valid hour (allowed: 0-23",
      "0 3 0 * *        | '0' is not a valid day of month (allowed: 1-31",
      "0 3 * 13 *       | '13' is not a valid month (allowed: 1-12 or JAN-DEC",
      "0 3 * * 8        | '8' is not a valid day of week (allowed: 0-7 or SUN-SAT",
      "0 3 * * MON-SUNDAY | 'MON-SUNDAY' is not a valid day of week",
      "5-1 * * * *      | '5-1' is not a valid minute",
      "*/0 * * * *      | '*/0' is not a valid minute",
      "*/99999999999 * * * * | '*/99999999999' is not a valid minute",
      "0 3 * *          | cron '0 3 * *' has 4 fields; it needs five: minute hour day-of-month month day-of-week",
      "daily            | has 1 fields; it needs five",
      "0 3 * * * *      | has 6 fields"})
  void should_name_the_field_and_what_it_allows(String expression, String message) {
    assertThat(CronExpression.problem(expression)).hasValueSatisfying(problem -> assertThat(problem).contains(message));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void should_count_no_fields_in_blank_text(String expression) {
    assertThat(CronExpression.problem(expression)).hasValue("cron '" + expression
        + "' has 0 fields; it needs five: minute hour day-of-month month day-of-week");
  }

  @ParameterizedTest
  @ValueSource(strings = {"99 3 * * *"})
  void should_throw_with_the_attribute_named_when_checking_a_value(String expression) {
    assertThatThrownBy(() -> CronExpression.check("schedule", expression))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("schedule cron '99 3 * * *': '99' is not a valid minute");
  }

  @Property(tries = 1000)
  void should_split_cron_fields_as_the_whitespace_pattern_does(@ForAll("crons") String cron) {
    assertThat(CronExpression.fields(cron)).as(cron).containsExactly(Pattern.compile("\\s+").split(cron.trim()));
  }

  @Property(tries = 1000)
  void should_take_digits_as_the_digit_patterns_do(@ForAll("crons") String text) {
    assertThat(CronExpression.isDigits(text, 9)).as(text).isEqualTo(text.matches("[0-9]{1,9}"));
    assertThat(CronExpression.isDigits(text, 2)).as(text).isEqualTo(text.matches("[0-9]{1,2}"));
  }

  @Provide
  Arbitrary<String> crons() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "0 3 * * 1", " 0  3 *\t* 1 ", "*/5 * * * *", "0 0 1 JAN MON", "1\n2\r3\f4\u000B5",
            "a\u0001b c", "\u00a0 1 2", "1\u20002", "00", "7", "123", "\u0660"),
        Arbitraries.strings().withChars("0123456789 *\t\n\r\f\u000B\u0001\u00a0/-,A").ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(6));
  }
}
