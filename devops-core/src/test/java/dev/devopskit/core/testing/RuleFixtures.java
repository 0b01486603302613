package dev.devopskit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a rule over its fixtures: every file in {@code src/test/resources/<rule-id>/} (except {@code *.expected})
 * is read with the format and checked with that rule alone. The sidecar {@code <fixture>.expected} lists the lines
 * where findings must be, one number per line ({@code #} comments allowed); a fixture without a sidecar, or with an
 * empty one, must give no finding. Each rule needs at least one fixture that triggers it and one that does not.
 */
public final class RuleFixtures {
  private RuleFixtures() {}

  /** The fixture folder of a rule. */
  public static Path folder(String ruleId) {
    return Path.of("src", "test", "resources").resolve(ruleId);
  }

  /** Checks every fixture of a rule; returns the number of fixtures run. */
  public static <T> int check(Format<T> format, Rule<? super T> rule) throws IOException {
    return check(format, rule, Policy.defaults());
  }

  /** Checks every fixture of a rule under a policy (for options or a fixed clock). */
  public static <T> int check(Format<T> format, Rule<? super T> rule, Policy policy) throws IOException {
    return check(format, rule, policy, false);
  }

  /**
   * Checks every fixture of a rule that looks at files beside the checked one (a {@code .env}, a build context):
   * the fixture folder is copied to a temporary folder and each fixture is read with its absolute path there, so the
   * rule finds the files beside it on disk (sub-folders hold the files the fixtures refer to), and the path says
   * nothing about tests ({@code src/test/resources} would make every fixture a test file to path-aware rules).
   */
  public static <T> int checkOnDisk(Format<T> format, Rule<? super T> rule) throws IOException {
    Path copy = Files.createTempDirectory("rule-inputs");
    try {
      Path folder = copy.resolve(rule.info().id().replace('/', '-'));
      copyTree(folder(rule.info().id()), folder);
      return check(format, rule, Policy.defaults(), folder, true);
    } finally {
      deleteTree(copy);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static <T> int check(Format<T> format, Rule<? super T> rule, Policy policy, boolean onDisk)
      throws IOException {
    return check(format, rule, policy, folder(rule.info().id()), onDisk);
  }

  private static <T> int check(Format<T> format, Rule<? super T> rule, Policy policy, Path folder, boolean onDisk)
      throws IOException {
    assertThat(folder).as("fixtures of " + rule.info().id()).isDirectory();
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(folder)) {
      fixtures = files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected")).sorted()
          .collect(Collectors.toList());
    }
    int triggering = 0;
    int clean = 0;
    for (Path fixture : fixtures) {
      List<Integer> expected = expected(fixture);
      List<Integer> actual = lines(format, rule, policy, fixture, onDisk);
      assertThat(actual).as(rule.info().id() + " on " + fixture.getFileName() + " (finding lines)")
          .isEqualTo(expected);
      if (expected.isEmpty()) {
        clean++;
      } else {
        triggering++;
      }
    }
    assertThat(triggering).as(rule.info().id() + " needs a fixture that triggers it").isPositive();
    assertThat(clean).as(rule.info().id() + " needs a fixture that must not trigger it").isPositive();
    return fixtures.size();
  }

  /** The sorted lines of the findings a rule reports on one file. */
  public static <T> List<Integer> lines(Format<T> format, Rule<? super T> rule, Policy policy, Path file)
      throws IOException {
    return lines(format, rule, policy, file, false);
  }

  private static <T> List<Integer> lines(Format<T> format, Rule<? super T> rule, Policy policy, Path file,
      boolean onDisk) throws IOException {
    String name = onDisk ? file.toString().replace('\\', '/') : file.getFileName().toString();
    SourceFile source = SourceFile.of(name, Files.readString(file, StandardCharsets.UTF_8));
    Parsed<T> parsed = format.read(source);
    assertThat(parsed.value()).as("fixture " + file + " must be readable: " + parsed.findings()).isPresent();
    CheckResult result = policy.check(parsed, List.of(rule));
    return result.findings().stream().filter(f -> f.ruleId().equals(rule.info().id())).map(Finding::location)
        .map(l -> l.line()).sorted().collect(Collectors.toList());
  }

  private static List<Integer> expected(Path fixture) throws IOException {
    Path sidecar = fixture.resolveSibling(fixture.getFileName() + ".expected");
    List<Integer> lines = new ArrayList<>();
    if (!Files.exists(sidecar)) {
      return lines;
    }
    for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
      String trimmed = line.replaceAll("#.*", "").trim();
      if (!trimmed.isEmpty()) {
        lines.add(Integer.parseInt(trimmed));
      }
    }
    lines.sort(Integer::compare);
    return lines;
  }
}
