package dev.devopskit.docker;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docker.internal.format.ComposeFormat;
import dev.devopskit.docker.internal.format.DockerfileFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every rule over every real-world Dockerfile and compose file: none fails, and the counts are printed. */
class RealWorldRulesTest {
  @Test
  void should_run_every_rule_on_real_world_files_without_failing() throws Exception {
    Path root = Shared.conformance().resolve("real-world");
    DockerfileFormat df = new DockerfileFormat();
    ComposeFormat cf = new ComposeFormat();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, List<String>> samples = new TreeMap<>();
    long start = System.nanoTime();
    for (Path file : Shared.files(root, p -> df.claims(root.relativize(p).toString()) || cf.claims(root.relativize(p).toString()))) {
      String rel = root.relativize(file).toString();
      SourceFile source = SourceFile.of(rel, Files.readString(file));
      List<Finding> findings = new ArrayList<>(df.claims(rel) ? Policy.defaults().check(df.read(source), df).findings()
          : Policy.defaults().check(cf.read(source), cf).findings());
      for (Finding f : findings) {
        counts.merge(f.ruleId(), 1, Integer::sum);
        List<String> s = samples.computeIfAbsent(f.ruleId(), k -> new ArrayList<>());
        if (s.size() < 3) {
          s.add(f.toString() + " | " + (f.location().line() > 0 ? source.line(f.location().line()).strip() : ""));
        }
      }
    }
    System.out.println("time ms " + (System.nanoTime() - start) / 1_000_000);
    counts.forEach((k, v) -> System.out.println(k + " " + v));
    org.assertj.core.api.Assertions.assertThat(counts).doesNotContainKey("core/rule-failure");
  }
}
