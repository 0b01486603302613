package dev.devopskit.kit.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.kit.check.CrossFileRule;
import dev.devopskit.kit.check.CrossFileRules;
import dev.devopskit.kit.check.RepositoryCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole repository check over every real-world repository folder: no cross-file rule may fail, and the
 * hits per rule are listed (in {@code target/consistency-real-world.txt}) for review.
 */
class RealWorldTest {

  @Test
  void should_check_every_real_world_repository_without_a_rule_failure() throws IOException {
    Path realWorld = Shared.conformance().resolve("real-world");
    List<Path> folders;
    try (Stream<Path> list = Files.list(realWorld)) {
      folders = list.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    // Only the cross-file rules (and core findings) run: the formats' own rules have their conformance tests.
    Policy policy = Policy.builder().select(List.of("consistency/*", "core/*")).build();
    // and only the formats they read, so that the test stays quick.
    java.util.Set<String> needed = CrossFileRules.all().stream().flatMap(r -> r.formats().stream())
        .collect(Collectors.toSet());
    Formats formats = Formats.of(Formats.installed().all().stream().filter(f -> needed.contains(f.name()))
        .collect(Collectors.toList()));
    RepositoryCheck check = RepositoryCheck.of(formats, policy);
    Map<String, Integer> hits = new TreeMap<>();
    CrossFileRules.all().forEach(r -> hits.put(r.info().id(), 0));
    List<String> failures = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    long started = System.nanoTime();
    for (Path folder : folders) {
      CheckResult result = check.check(folder);
      for (Finding finding : result.findingList()) {
        if (finding.ruleId().equals("core/rule-failure") && finding.message().contains("consistency/")) {
          failures.add(folder.getFileName() + ": " + finding.message());
        }
        if (hits.containsKey(finding.ruleId())) {
          hits.merge(finding.ruleId(), 1, Integer::sum);
          lines.add(finding.ruleId() + "\t" + folder.getFileName() + "\t" + finding.location() + "\t"
              + finding.message());
        }
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    lines.add(0, "# " + folders.size() + " repositories in " + millis + " ms; hits per rule: " + hits);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "consistency-real-world.txt"), lines, StandardCharsets.UTF_8);
    System.out.println(lines.get(0));
    assertThat(failures).as("cross-file rules that failed").isEmpty();
    assertThat(hits.keySet()).containsExactlyElementsOf(CrossFileRules.all().stream()
        .map(CrossFileRule::info).map(i -> i.id()).sorted().collect(Collectors.toList()));
  }
}
