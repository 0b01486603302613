package dev.devopskit.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.policy.Suppression;
import dev.devopskit.core.source.Position;
import dev.devopskit.core.source.Span;
import dev.devopskit.core.yaml.YamlComment;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The records of the public API that carry free text mask the secrets in it when printed. */
class RecordTextTest {
  private static final String TOKEN = "ghp_R8mTq2ZsW4yLk9XvB3nC7dF1gH5jP0aE6uQi";

  @Test
  void should_mask_a_secret_in_a_suppression_reason() {
    String text = new Suppression("github/*", Optional.empty(), Optional.empty(), "rotated " + TOKEN).toString();
    assertThat(text).doesNotContain(TOKEN).contains("github/*");
  }

  @Test
  void should_mask_a_secret_in_a_yaml_comment() {
    Span span = Span.at(Position.of(1, 1));
    String text = new YamlComment(" token " + TOKEN, span).toString();
    assertThat(text).doesNotContain(TOKEN).contains("token");
  }
}
