package dev.devopskit.cli.precision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.kit.check.RepositoryCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Precision on whole repositories that nobody here wrote ({@code ../shared/conformance/whole-repos}): {@code devops
 * check} with no options, as their maintainers would run it at the root, and a person's verdict on every finding
 * ({@code src/test/resources/precision/<repository>.tsv}: rule, file, line, {@code true} or {@code false}, and why).
 *
 * <p>The test fails when an error has no {@code true} verdict, when a finding judged false comes back, when one
 * judged true disappears, when a finding has no verdict at all (judge it, then commit the line), when more than
 * one warning in ten is judged false, or when anything is reported on a translation file.
 */
class PrecisionTest {
  private static final List<String> REPOSITORIES = List.of("appwrite__appwrite", "kestra-io__kestra",
      "ory__kratos", "supabase__auth", "umami-software__umami");

  /** One line of a verdict file. */
  record Verdict(String key, boolean real, String reason) {}

  @TestFactory
  Stream<DynamicTest> every_finding_on_a_repository_nobody_here_wrote_is_judged() {
    Path repositories = Shared.conformance().resolve("whole-repos");
    return REPOSITORIES.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(repositories.resolve(name),
        Path.of("src/test/resources/precision").resolve(name + ".tsv"))));
  }

  private static void check(Path root, Path verdictFile) throws IOException {
    CheckResult result = RepositoryCheck.of(Formats.installed(), Policy.defaults()).relativeTo(root).check(root);
    Map<String, Verdict> verdicts = read(verdictFile);
    Map<String, Finding> found = new LinkedHashMap<>();
    for (Finding finding : result.findingList()) {
      found.put(key(finding), finding);
    }
    List<String> problems = new ArrayList<>();
    int warnings = 0;
    int falseWarnings = 0;
    for (Map.Entry<String, Finding> entry : found.entrySet()) {
      Finding finding = entry.getValue();
      Verdict verdict = verdicts.get(entry.getKey());
      if (FileRole.of(finding.location().file()) == FileRole.TRANSLATION) {
        problems.add("a finding on a translation file: " + entry.getKey());
      }
      if (verdict == null) {
        problems.add("no verdict for " + finding.severity().label() + " " + entry.getKey() + "\t" + finding.message());
      } else if (!verdict.real()) {
        problems.add("a finding judged false came back: " + entry.getKey() + " (" + verdict.reason() + ")");
      }
      if (finding.severity() == Severity.WARNING) {
        warnings++;
        falseWarnings += verdict != null && !verdict.real() ? 1 : 0;
      }
    }
    for (Verdict verdict : verdicts.values()) {
      if (verdict.real() && !found.containsKey(verdict.key())) {
        problems.add("a finding judged true disappeared: " + verdict.key() + " (" + verdict.reason() + ")");
      }
    }
    assertThat(problems).as("precision on " + root.getFileName()).isEmpty();
    assertThat(falseWarnings * 10).as("warnings judged false on " + root.getFileName()).isLessThanOrEqualTo(warnings);
  }

  private static String key(Finding finding) {
    return finding.ruleId() + "\t" + finding.location().file() + "\t" + finding.location().line();
  }

  private static Map<String, Verdict> read(Path file) throws IOException {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return verdicts;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 5);
      if (parts.length < 5 || !(parts[3].equals("true") || parts[3].equals("false"))) {
        throw new AssertionError(file + ": a verdict line is rule, file, line, true|false, reason: " + line);
      }
      String key = parts[0] + "\t" + parts[1] + "\t" + parts[2];
      verdicts.put(key, new Verdict(key, parts[3].equals("true"), parts[4]));
    }
    return verdicts;
  }
}
