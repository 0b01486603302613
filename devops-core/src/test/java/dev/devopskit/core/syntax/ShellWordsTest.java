package dev.devopskit.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shell words: blanks split, quotes group, backslashes escape; raw words keep what was written. */
class ShellWordsTest {

  @Test
  void should_split_on_blanks_outside_quotes_and_remove_the_quotes() {
    assertThat(ShellWords.words("docker build -t 'a b' \"c d\" e")).containsExactly("docker", "build", "-t", "a b",
        "c d", "e");
  }

  @Test
  void should_take_the_character_after_an_unquoted_backslash_literally() {
    assertThat(ShellWords.words("my\\ file do\\cker \\'x")).containsExactly("my file", "docker", "'x");
  }

  @Test
  void should_escape_in_double_quotes_but_not_in_single_quotes() {
    assertThat(ShellWords.words("\"a \\\" b\" 'c \\ d'")).containsExactly("a \" b", "c \\ d");
  }

  @Test
  void should_keep_an_empty_quoted_word() {
    assertThat(ShellWords.words("echo '' \"\"")).containsExactly("echo", "", "");
  }

  @Test
  void should_keep_quotes_and_escapes_in_raw_words() {
    assertThat(ShellWords.rawWords("cat <<'EOF' my\\ file")).containsExactly("cat", "<<'EOF'", "my\\ file");
  }

  @Test
  void should_leave_variables_as_written() {
    assertThat(ShellWords.words("echo $HOME \"${A:-b c}\"")).containsExactly("echo", "$HOME", "${A:-b c}");
  }
}
