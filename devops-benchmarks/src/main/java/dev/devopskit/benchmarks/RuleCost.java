package dev.devopskit.benchmarks;

import dev.devopskit.core.check.FileFacts;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a check's time goes, in one thread of a warm JVM: the reading of each format and each rule, summed over
 * every file of a folder. {@code java -cp benchmarks.jar dev.devopskit.benchmarks.RuleCost DIR [ROUNDS]} reads and
 * checks every file ROUNDS times (default 5), then prints the last round's processor time per reader and per rule,
 * largest first, and their totals (read = the lower bound of a check, rules = what a check adds to it).
 */
public final class RuleCost {
  private RuleCost() {}

  /** Prints the cost table for the folder given. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Formats formats = Formats.installed();
    Policy policy = Policy.defaults();
    List<PathCheck.Target> targets = PathCheck.of(formats, policy).discover(List.of(root));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Long> cost = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      cost.clear();
      for (PathCheck.Target target : targets) {
        measure(target, target.format(), policy, threads, cost);
      }
    }
    long read = cost.entrySet().stream().filter(e -> e.getKey().startsWith("read ")).mapToLong(Map.Entry::getValue)
        .sum();
    long rules = cost.entrySet().stream().filter(e -> !e.getKey().startsWith("read ")).mapToLong(Map.Entry::getValue)
        .sum();
    System.out.printf(Locale.ROOT, "files=%d read=%.1f ms rules=%.1f ms (check/read = %.2f)%n", targets.size(),
        read / 1e6, rules / 1e6, (read + rules) / (double) read);
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(cost.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    for (Map.Entry<String, Long> entry : sorted) {
      System.out.printf(Locale.ROOT, "%9.1f ms  %5.1f %%  %s%n", entry.getValue() / 1e6,
          100.0 * entry.getValue() / (read + rules), entry.getKey());
    }
  }

  private static <T> void measure(PathCheck.Target target, Format<T> format, Policy policy, ThreadMXBean threads,
      Map<String, Long> cost) {
    long start = threads.getCurrentThreadCpuTime();
    Parsed<SourceFile> loaded = Sources.load(target.file(), target.displayPath(), Sources.DEFAULT_MAX_BYTES);
    if (loaded.value().isEmpty()) {
      return;
    }
    SourceFile source = loaded.value().get();
    Parsed<T> parsed = format.read(source);
    long end = threads.getCurrentThreadCpuTime();
    cost.merge("read " + format.name(), end - start, Long::sum);
    if (parsed.value().isEmpty()) {
      return;
    }
    // One set of facts for the file, as the engine shares it: the first rule that asks pays for an analysis.
    FileFacts facts = new FileFacts();
    for (Rule<? super T> rule : format.rules()) {
      if (!policy.enabled(rule.info())) {
        continue;
      }
      RuleContext context = new RuleContext(rule.info(), policy.severityOf(rule.info()),
          policy.optionsOf(rule.info().id()), Optional.of(source), parsed.sourceMap(), policy.clock(), facts);
      long before = threads.getCurrentThreadCpuTime();
      try {
        rule.check(parsed.value().get(), context);
      } catch (RuntimeException e) {
        // counted all the same: the engine turns it into a finding
      }
      cost.merge(rule.info().id(), threads.getCurrentThreadCpuTime() - before, Long::sum);
    }
  }
}
