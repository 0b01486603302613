package dev.devopskit.kit.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.policy.PolicyFile;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.RuleDocs;
import dev.devopskit.kit.check.CrossFileRule;
import dev.devopskit.kit.check.CrossFileRules;
import dev.devopskit.kit.check.RepositoryCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each cross-file rule over its fixture repositories: {@code consistency/<name>/<case>/} holds a small
 * repository and an {@code expected} file listing {@code path:line} of every finding, one per line. A fixture with a
 * policy file ({@code .devops-kit.yml}) runs under that policy, and the policy's own findings ({@code core/policy})
 * are expected too. A case with an {@code extends} file holding another case's name starts from that case's files.
 */
class CrossFileFixturesTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "consistency");
  private static final Formats FORMATS = Formats.installed();
  private static final String EXTENDS = "extends";

  @TestFactory
  Stream<DynamicTest> should_report_exactly_the_expected_lines() {
    return CrossFileRules.all().stream().flatMap(rule -> cases(rule).stream()
        .map(folder -> DynamicTest.dynamicTest(rule.info().id() + " " + folder.getFileName(),
            () -> assertThat(run(rule, folder)).as(folder.toString()).isEqualTo(expected(folder)))));
  }

  @Test
  void should_have_a_triggering_and_a_clean_fixture_per_rule() {
    for (CrossFileRule rule : CrossFileRules.all()) {
      List<Path> cases = cases(rule);
      assertThat(cases).as(rule.info().id()).anyMatch(c -> !expected(c).isEmpty())
          .anyMatch(c -> expected(c).isEmpty());
    }
  }

  @Test
  void should_document_every_rule() throws IOException {
    RuleDocs.assertDocumented(CrossFileRules.all().stream().map(CrossFileRule::info).collect(Collectors.toList()));
  }

  @Test
  void should_list_the_rules_in_id_order() {
    List<String> ids = CrossFileRules.all().stream().map(r -> r.info().id()).collect(Collectors.toList());
    assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id.startsWith("consistency/"));
  }

  private static List<Path> cases(CrossFileRule rule) {
    Path folder = FIXTURES.resolve(rule.info().id().substring("consistency/".length()));
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new AssertionError("no fixtures for " + rule.info().id() + " in " + folder, e);
    }
  }

  /**
   * Runs over a copy of the fixture with its own {@code .git}, so that the fixture is a repository of its own
   * (inside this checkout, paths would be claimed relative to the checkout's root).
   */
  private static List<String> run(CrossFileRule rule, Path fixture) throws IOException {
    Path folder = copy(fixture);
    List<Finding> findings = new ArrayList<>();
    // The rule under test runs whatever its profile, as a fixture of a hand-picked rule list would.
    Policy read = policy(folder, findings);
    Policy policy = Policy.builder().from(read).addSelect(rule.info().id()).build();
    CheckResult result = RepositoryCheck.of(FORMATS, policy).withCrossFileRules(List.of(rule)).check(folder);
    findings.addAll(result.findingList());
    RuleInfo info = rule.info();
    List<String> out = new ArrayList<>();
    for (Finding finding : findings) {
      assertThat(finding.ruleId()).as(finding.toString()).isNotEqualTo("core/rule-failure");
      if (finding.ruleId().equals(info.id()) || finding.ruleId().equals(CoreRules.POLICY.id())) {
        Path file = Path.of(finding.location().file()).toAbsolutePath().normalize();
        String relative = folder.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
        out.add(relative + ":" + finding.location().line());
      }
    }
    return out.stream().sorted().collect(Collectors.toList());
  }

  /** The fixture's policy file read as the CLI reads it, or the default policy when it has none. */
  private static Policy policy(Path folder, List<Finding> findings) throws IOException {
    Path file = folder.resolve(PolicyFile.DEFAULT_NAME);
    if (!Files.isRegularFile(file)) {
      return Policy.defaults();
    }
    SourceFile source = SourceFile.of(file.toString(), Files.readString(file));
    Parsed<Policy> parsed = PolicyFile.read(source, RepositoryCheck.of(FORMATS, Policy.defaults()).rules(), folder);
    findings.addAll(parsed.findings());
    return parsed.value().orElseThrow();
  }

  private static Path copy(Path fixture) throws IOException {
    Path target = Files.createTempDirectory("consistency-");
    Files.createDirectories(target.resolve(".git"));
    Path extended = fixture.resolve(EXTENDS);
    if (Files.isRegularFile(extended)) {
      // A case that only adds a policy to another case's repository names that case instead of copying it.
      copyInto(fixture.resolveSibling(Files.readString(extended).strip()), target);
    }
    copyInto(fixture, target);
    return target;
  }

  private static void copyInto(Path fixture, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(fixture)) {
      for (Path source : walk.sorted().collect(Collectors.toList())) {
        Path destination = target.resolve(fixture.relativize(source).toString());
        String name = source.getFileName().toString();
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else if (!name.equals("expected") && !name.equals(EXTENDS)) {
          Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static List<String> expected(Path folder) {
    try {
      return Files.readAllLines(folder.resolve("expected")).stream().map(String::strip).filter(l -> !l.isEmpty())
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new AssertionError("missing " + folder.resolve("expected"), e);
    }
  }
}
