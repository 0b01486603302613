package dev.devopskit.github.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The model's character checks accept exactly what the grammar's patterns accept. */
class ModelShortcutsTest {

  @Property(tries = 1000)
  void should_accept_the_ids_the_pattern_accepts(@ForAll("ids") String id) {
    assertThat(Ids.valid(id)).as(id).isEqualTo(Ids.ID.matcher(id).matches());
    assertThat(Workflow.isJobId(id)).as(id).isEqualTo(Ids.ID.matcher(id).matches());
  }

  @Property(tries = 1000)
  void should_take_numbers_as_the_number_patterns_do(@ForAll("numbers") String text) {
    assertThat(Numbers.isNumber(text)).as(text)
        .isEqualTo(text.trim().matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?"));
    assertThat(Numbers.isInteger(text)).as(text).isEqualTo(text.trim().matches("[-+]?[0-9]{1,18}"));
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "0", "30", " 30 ", "+5", "-5", "1.5", "1.", ".5", ".", "+.", "1e3", "1E-3", "1e",
            "1e+", ".e3", "1.5.3", "123456789012345678", "1234567890123456789", "\u0661", "1_0", "0x10"),
        Arbitraries.strings().withChars("0123456789+-.eE \t").ofMaxLength(8),
        Arbitraries.strings().withChars("9").ofMinLength(15).ofMaxLength(21),
        Arbitraries.strings().ofMaxLength(5));
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "_", "-", "a", "build", "deploy-prod", "Deploy_2", "2build", "-x", "a b", "a.b", "a/b",
            "caf\u00e9", "\u00e9t\u00e9", "a\u0000", "Z9-_"),
        Arbitraries.strings().withChars("aZ_-09 .$/\u00e9@").ofMaxLength(6),
        Arbitraries.strings().ofMaxLength(5));
  }

  @Property(tries = 1000)
  void should_accept_the_repository_references_the_split_accepts(@ForAll("uses") String uses) {
    boolean built;
    try {
      ActionRef.of(uses);
      built = true;
    } catch (IllegalArgumentException e) {
      built = false;
    }
    assertThat(built).as(uses).isEqualTo(validBySplit(uses));
  }

  /** The shape check as first written: owner and repo are the first two parts split at '/'. */
  private static boolean validBySplit(String text) {
    if (text.isBlank() || !text.strip().equals(text)) {
      return false;
    }
    if (text.startsWith("docker://")) {
      return !text.substring("docker://".length()).isEmpty();
    }
    if (text.startsWith("$/") || text.startsWith("./") || text.startsWith(".\\")) {
      return true;
    }
    int at = text.lastIndexOf('@');
    String[] parts = (at >= 0 ? text.substring(0, at) : text).split("/", -1);
    return !(at < 0 || at == text.length() - 1 || parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty());
  }

  @Provide
  Arbitrary<String> uses() {
    return Arbitraries.oneOf(
        Arbitraries.of("actions/checkout@v4", "actions/checkout", "actions//x@v1", "/a@v1", "a/@v1", "a/b/c@main",
            "a@v1", "a/b@", "@v1", "a/b@c@d", "docker://alpine", "docker://", "./local", "$/x", " a/b@v1", "o/r/@x"),
        Arbitraries.strings().withChars("ab/@.:").ofMaxLength(8));
  }
}
