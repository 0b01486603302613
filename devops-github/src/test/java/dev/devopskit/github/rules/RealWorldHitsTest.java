package dev.devopskit.github.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every rule over the real-world workflows and prints the hits per rule; every hit is listed in
 * {@code target/real-world-hits/<rule>.txt} with its line, so the rules' precision can be judged by reading them.
 */
class RealWorldHitsTest {

  @Test
  void should_print_hits_per_rule_on_real_world_workflows() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    List<Path> files = Shared.files(root, p -> p.toString().replace('\\', '/').matches(".*/\\.github/workflows/[^/]+")
        && p.toString().matches(".*\\.ya?ml"));
    List<Rule<Workflow>> rules = GitHubRules.all();
    Map<String, List<String>> hits = new LinkedHashMap<>();
    Map<String, Integer> filesHit = new LinkedHashMap<>();
    rules.forEach(r -> hits.put(r.info().id(), new ArrayList<>()));
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of(name, text));
      if (parsed.value().isEmpty()) {
        continue;
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Finding finding : Policy.defaults().check(parsed, rules).findings()) {
        if (hits.containsKey(finding.ruleId())) {
          hits.get(finding.ruleId()).add(name + ":" + finding.location().line() + ": " + finding.message());
          if (seen.add(finding.ruleId())) {
            filesHit.merge(finding.ruleId(), 1, Integer::sum);
          }
        } else if (finding.ruleId().startsWith("core/")) {
          failures.add(finding.toString());
        }
      }
    }
    Path out = Path.of("target", "real-world-hits");
    Files.createDirectories(out);
    StringBuilder summary = new StringBuilder("hits per rule on " + files.size() + " real-world workflows:\n");
    for (Map.Entry<String, List<String>> rule : hits.entrySet()) {
      summary.append(String.format("  %-42s %5d hits in %4d files%n", rule.getKey(), rule.getValue().size(),
          filesHit.getOrDefault(rule.getKey(), 0)));
      Files.write(out.resolve(rule.getKey().replace('/', '_') + ".txt"), rule.getValue(), StandardCharsets.UTF_8);
    }
    System.out.print(summary);
    assertThat(failures).as("rules must not fail").isEmpty();
  }
}
