package dev.devopskit.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.syntax.Glob.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One glob type, three dialects: each table is the dialect's documented examples, matching and not. */
class GlobTest {

  /** GitHub's "filter pattern cheat sheet": branches and tags, then paths. */
  @ParameterizedTest(name = "github {0} ~ {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "feature/*           | feature/my-branch          | true",
      "feature/*           | feature/your/branch        | false",
      "feature/**          | feature/beta-a/my-branch   | true",
      "feature/**          | feature/mona/the/octocat   | true",
      "main                | main                       | true",
      "main                | mainline                   | false",
      "*                   | releases                   | true",
      "*                   | releases/v1                | false",
      "**                  | releases/v1/x              | true",
      "*feature            | mona-feature               | true",
      "*feature            | feature                    | true",
      "v2*                 | v2.9                       | true",
      "v2*                 | v3                         | false",
      "v[12].[0-9]+.[0-9]+ | v1.10.1                    | true",
      "v[12].[0-9]+.[0-9]+ | v2.0.0                     | true",
      "v[12].[0-9]+.[0-9]+ | v3.0.0                     | false",
      "v[12].[0-9]+.[0-9]+ | v1x10.1                    | false",
      "v[12].[0-9]+.[0-9]+ | v1.-.1                     | false",
      "*.jsx?              | page.js                    | true",
      "*.jsx?              | page.jsx                   | true",
      "*.jsx?              | page.jsq                   | false",
      "**.js               | src/js/app.js              | true",
      "docs/**/*.md        | docs/README.md             | true",
      "docs/**/*.md        | docs/a/markdown/file.md    | true",
      "**/docs/**          | docs/hello.md              | true",
      "**/docs/**          | space/docs/plan/space.doc  | true",
      "**/README.md        | README.md                  | true",
      "**/*src/**          | my-src/code/js/app.js      | true",
      "**/migrate-*.sql    | db/sept/migrate-v1.sql     | true",
      "release-\\*         | release-*                  | true",
      "release-\\*         | release-1                  | false",
      "docs[               | docs[                      | true",
      "+x                  | +x                         | true",
      "a.b                 | axb                        | false"})
  void should_read_github_filters_as_the_cheat_sheet_says(String pattern, String text, boolean matches) {
    assertThat(Glob.github(pattern).matches(text)).isEqualTo(matches);
  }

  /** Docker's pattern matcher: Go's filepath.Match plus '**', folders leaving out what they hold. */
  @ParameterizedTest(name = "dockerignore {0} ~ {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "*/temp*            | somedir/temporary.txt   | true",
      "*/temp*            | somedir/sub/temp.txt    | false",
      "*/*/temp*          | somedir/subdir/temp.txt | true",
      "temp?              | temp1                   | true",
      "temp?              | temp/                   | false",
      "temp?              | temp12                  | false",
      "**/*.go            | main.go                 | true",
      "**/*.go            | a/b/c.go                | true",
      "node_modules       | node_modules/x/y.js     | true",
      "node_modules/      | node_modules/x          | true",
      "/build             | build/out.jar           | true",
      "  *.md             | README.md               | true",
      "*.md               | docs/README.md          | false",
      "docs/**            | docs/a/b.md             | true",
      "file[0-9].txt      | file7.txt               | true",
      "file[0-9].txt      | filex.txt               | false",
      "file[^0-9].txt     | filex.txt               | true",
      "file[^0-9].txt     | file7.txt               | false",
      "file[0-9.txt       | file[0-9.txt            | false",
      "a+b                | a+b                     | true",
      "a+b                | aab                     | false",
      "\\*.txt            | *.txt                   | true",
      "\\*.txt            | a.txt                   | false",
      "./x                | ./x                     | false",
      "x                  | ./x                     | true",
      "''                 | anything                | false"})
  void should_read_dockerignore_as_docker_does(String pattern, String text, boolean matches) {
    assertThat(Glob.dockerignore(pattern).matches(text)).isEqualTo(matches);
  }

  /** Policy paths keep the JDK's glob syntax, which policies have always used. */
  @ParameterizedTest(name = "policy {0} ~ {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "**/*.yml              | .github/workflows/ci.yml | true",
      "*.yml                 | .github/workflows/ci.yml | false",
      "docs/**               | docs/a/b.md              | true",
      "{compose,docker}/*    | docker/Dockerfile        | true",
      "ci.y?l                | ci.yml                   | true",
      "[!a]*.md              | b.md                     | true",
      "{unclosed             | {unclosed                | false"})
  void should_read_policy_paths_as_the_jdk_glob(String pattern, String text, boolean matches) {
    assertThat(Glob.policyPath(pattern).matches(text)).isEqualTo(matches);
  }

  @Test
  void should_let_the_last_matching_pattern_decide_and_negate_with_a_bang() {
    List<String> branches = List.of("releases/**", "!releases/**-alpha");

    assertThat(Glob.selects(Dialect.GITHUB_FILTER, branches, "releases/10")).isTrue();
    assertThat(Glob.selects(Dialect.GITHUB_FILTER, branches, "releases/10-alpha")).isFalse();
    assertThat(Glob.selects(Dialect.GITHUB_FILTER, branches, "main")).isFalse();
    assertThat(Glob.selects(Dialect.DOCKERIGNORE, List.of("*.md", "!README.md"), "README.md")).isFalse();
    assertThat(Glob.selects(Dialect.DOCKERIGNORE, List.of("*.md", "!README.md"), "CHANGES.md")).isTrue();
  }

  @Test
  void should_keep_the_pattern_and_dialect() {
    Glob glob = Glob.of(Dialect.DOCKERIGNORE, "*.md");

    assertThat(glob.pattern()).isEqualTo("*.md");
    assertThat(glob.dialect()).isEqualTo(Dialect.DOCKERIGNORE);
    assertThat(glob).hasToString("*.md");
  }
}
