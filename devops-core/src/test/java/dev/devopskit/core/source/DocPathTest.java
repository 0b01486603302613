package dev.devopskit.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A path built segment by segment is the same value as the path parsed from its text. */
class DocPathTest {

  private static final DocPath BUILT = DocPath.root().key("jobs").key("build").key("steps").index(2).key("my.run");

  @Test
  void should_equal_the_parsed_path_with_the_same_segments() {
    DocPath parsed = DocPath.parse("jobs.build.steps[2][\"my.run\"]");
    assertThat(BUILT).isEqualTo(parsed).hasSameHashCodeAs(parsed);
    assertThat(parsed).isEqualTo(BUILT);
    assertThat(BUILT.segments()).containsExactly("jobs", "build", "steps", 2, "my.run");
    assertThat(BUILT).hasToString("jobs.build.steps[2][\"my.run\"]").hasToString(parsed.toString());
    assertThat(BUILT.size()).isEqualTo(5);
    assertThat(BUILT.isRoot()).isFalse();
    assertThat(BUILT.compareTo(parsed)).isZero();
  }

  @Test
  void should_give_parent_last_and_prefixes_of_built_and_parsed_paths() {
    DocPath parsed = DocPath.parse("jobs.build.steps[2]");
    assertThat(BUILT.parent()).isEqualTo(parsed.key("my.run").parent()).isEqualTo(parsed);
    assertThat(BUILT.parent().last()).isEqualTo("2").isEqualTo(parsed.last());
    assertThat(BUILT.last()).isEqualTo("my.run");
    assertThat(BUILT.startsWith(parsed)).isTrue();
    assertThat(BUILT.startsWith(DocPath.of("jobs", "test"))).isFalse();
    assertThat(parsed.startsWith(BUILT)).isFalse();
    assertThat(parsed.key("x").index(0).segments()).containsExactly("jobs", "build", "steps", 2, "x", 0);
    assertThat(DocPath.root().parent()).isEqualTo(DocPath.root());
    assertThat(DocPath.root().last()).isEmpty();
    assertThat(DocPath.root().segments()).isEqualTo(List.of());
    assertThat(DocPath.of()).isEqualTo(DocPath.root());
  }

  @Test
  void should_keep_segments_unmodifiable() {
    assertThatThrownBy(() -> BUILT.segments().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> DocPath.parse("a.b").segments().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
