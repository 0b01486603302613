package dev.devopskit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The snippets of docs/integrations.md are the files the build runs: each block marked
 * {@code <!-- snippet: PATH -->} appears in PATH (the sample projects write {@code @project.version@} where the
 * page shows the release version).
 */
class IntegrationsDocTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+/\\S+) -->\\n```\\w*\\n(.*?)```",
      Pattern.DOTALL);
  private static final Pattern HOOK_ID = Pattern.compile("<!-- snippet: pre-commit -->\\n```yaml\\n.*?- id: (\\S+)",
      Pattern.DOTALL);

  static List<String[]> snippets() throws IOException {
    Matcher matcher = SNIPPET.matcher(Files.readString(ROOT.resolve("docs/integrations.md")));
    List<String[]> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(new String[] {matcher.group(1), matcher.group(2)});
    }
    return found;
  }

  @Test
  void should_show_only_snippets_that_the_build_runs() throws IOException {
    List<String[]> snippets = snippets();

    assertThat(snippets).hasSizeGreaterThanOrEqualTo(4);
    for (String[] snippet : snippets) {
      String file = Files.readString(ROOT.resolve(snippet[0])).replace("@project.version@", "0.1.0");
      assertThat(file).as(snippet[0]).contains(snippet[1]);
    }
  }

  @Test
  void should_name_the_hook_that_the_repository_declares() throws IOException {
    Matcher id = HOOK_ID.matcher(Files.readString(ROOT.resolve("docs/integrations.md")));

    assertThat(id.find()).isTrue();
    assertThat(Files.readString(ROOT.resolve(".pre-commit-hooks.yaml"))).contains("- id: " + id.group(1) + "\n");
  }
}
