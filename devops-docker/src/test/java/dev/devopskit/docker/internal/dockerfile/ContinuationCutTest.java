package dev.devopskit.docker.internal.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The continuation check gives what the continuation pattern gives, for both escape tokens. */
class ContinuationCutTest {

  @Property(tries = 2000)
  void should_cut_where_the_pattern_cuts(@ForAll("lines") String line, @ForAll("tokens") char token) {
    assertThat(DockerfileParser.continuationCut(line, token)).as("%s with %s", line, token)
        .isEqualTo(byPattern(line, token));
  }

  /** The pattern the parser first used: a token not escaped by another, then only spaces and tabs. */
  private static int byPattern(String line, char token) {
    String t = Pattern.quote(String.valueOf(token));
    String cls = token == '\\' ? "\\\\" : String.valueOf(token);
    Matcher m = Pattern.compile("([^" + cls + "])" + t + "[ \\t]*$|^" + t + "[ \\t]*$").matcher(line);
    if (m.find()) {
      return m.start() + (m.group(1) != null ? m.group(1).length() : 0);
    }
    return -1;
  }

  @Provide
  Arbitrary<Character> tokens() {
    return Arbitraries.of('\\', '`');
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "\\", "`", "RUN a \\", "RUN a \\ ", "RUN a \\\t \r", "RUN a \\\\", "\\\\", "a\\b",
            "RUN a `", "a ``", "\\\r\n", "\\ \u2028", "\\\r\r", "\\\u0085", "x\\\u2029", "\r"),
        Arbitraries.strings().withChars("ab \t\\`\r\n\u0085\u2028\u2029").ofMaxLength(8));
  }
}
