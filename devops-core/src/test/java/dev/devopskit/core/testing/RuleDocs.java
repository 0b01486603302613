package dev.devopskit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every rule has its page {@code docs/rules/<id>.md} with the fixed sections, that the page names the
 * rule's profile and confidence with the reason, and that it names every option of the rule.
 */
public final class RuleDocs {
  /** The sections of a rule page, in order. */
  public static final List<String> SECTIONS = List.of("## What it does", "## Why it matters", "## Profile",
      "## Example", "## Instead", "## Options", "## References");

  private RuleDocs() {}

  /** The repository's docs/rules folder, found upwards from the module folder. */
  public static Path folder() {
    Path current = Path.of("").toAbsolutePath();
    while (current != null) {
      Path candidate = current.resolve("docs").resolve("rules");
      if (Files.isDirectory(candidate) && Files.exists(current.resolve("pom.xml"))
          && Files.exists(current.resolve("mvnw"))) {
        return candidate;
      }
      current = current.getParent();
    }
    throw new AssertionError("docs/rules not found above " + Path.of("").toAbsolutePath());
  }

  /** Asserts that every rule is documented. */
  public static void assertDocumented(List<RuleInfo> rules) throws IOException {
    List<String> problems = new ArrayList<>();
    for (RuleInfo rule : rules) {
      Path page = folder().resolve(rule.id() + ".md");
      if (!Files.isRegularFile(page)) {
        problems.add(rule.id() + ": no page " + page);
        continue;
      }
      String text = Files.readString(page, StandardCharsets.UTF_8);
      if (!text.startsWith("# " + rule.id())) {
        problems.add(rule.id() + ": page must start with '# " + rule.id() + "'");
      }
      int last = -1;
      for (String section : SECTIONS) {
        int at = text.indexOf("\n" + section + "\n");
        if (at < 0 || at < last) {
          problems.add(rule.id() + ": missing or misplaced section '" + section + "'");
        }
        last = Math.max(last, at);
      }
      String profile = "## Profile\n\n`" + rule.profile().label() + "`, confidence " + rule.confidence().label() + ": ";
      if (!text.contains(profile)) {
        problems.add(rule.id() + ": the Profile section must start with '" + profile.substring(12) + "' and say why");
      }
      for (RuleOption option : rule.options()) {
        if (!text.contains("`" + option.name() + "`")) {
          problems.add(rule.id() + ": option `" + option.name() + "` is not documented");
        }
      }
    }
    assertThat(problems).as("rule documentation problems").isEmpty();
  }
}
