package dev.devopskit.core.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.check.Rule;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.plaintext.PlainTextFormat;
import dev.devopskit.core.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz criterion fails a reader that breaks the promise of {@link Parsed}, and passes one that keeps it. */
class ReaderFuzzTest {
  private static final byte[] INPUT = "key: value\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void should_pass_a_reader_that_keeps_the_promise() {
    assertThatCode(() -> ReaderFuzz.assertSurvives(new PlainTextFormat(), INPUT)).doesNotThrowAnyException();
  }

  @Test
  void should_fail_a_reader_that_gives_no_value_without_an_error_at_a_line() {
    Planted silent = new Planted() {
      @Override
      public Parsed<String> read(SourceFile source) {
        return Parsed.failed(source, List.of());
      }
    };

    assertThatThrownBy(() -> ReaderFuzz.assertSurvives(silent, INPUT)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("read no value, so it must say why");
  }

  @Test
  void should_fail_a_value_that_cannot_be_written_back() {
    Planted unwritable = new Planted() {
      @Override
      public String write(String value) {
        throw new IllegalStateException("cannot write " + value);
      }
    };

    assertThatThrownBy(() -> ReaderFuzz.assertSurvives(unwritable, INPUT)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("writing back the value read threw");
  }

  /** A format that reads the text as it is; each test breaks one part of the promise. */
  private static class Planted implements Format<String> {
    private final PlainTextFormat text = new PlainTextFormat();

    @Override
    public String name() {
      return "planted";
    }

    @Override
    public String description() {
      return "a planted reader";
    }

    @Override
    public Class<String> valueType() {
      return String.class;
    }

    @Override
    public boolean claims(String relativePath) {
      return false;
    }

    @Override
    public Parsed<String> read(SourceFile source) {
      return Parsed.of(source.text(), source, text.read(source).sourceMap(), List.of());
    }

    @Override
    public String write(String value) {
      return value;
    }

    @Override
    public List<Rule<? super String>> rules() {
      return List.of();
    }
  }
}
