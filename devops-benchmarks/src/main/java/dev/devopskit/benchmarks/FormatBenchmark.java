package dev.devopskit.benchmarks;

import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Read, check (the default policy: every rule of the format) and write, per format, on the smallest and the largest
 * real file the corpus routes to it ({@code small}, {@code large}) and on all of them ({@code all}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class FormatBenchmark {
  @Param({"github-workflow", "dockerfile", "dockerignore", "compose", "prometheus-rules", "sql-migration",
      "runbook", "postmortem", "feature-flags", "environments", "plain-text"})
  public String format;

  @Param({"small", "large", "all"})
  public String size;

  private Format<Object> reader;
  private List<SourceFile> sources;
  private List<Parsed<Object>> parsed;
  private final Policy policy = Policy.defaults();

  /** Picks the files and reads them once for the check and write benchmarks. */
  @SuppressWarnings("unchecked")
  @Setup(Level.Trial)
  public void load() {
    Formats formats = Formats.installed();
    reader = (Format<Object>) Routed.format(formats, format);
    List<Routed.Entry> entries = new ArrayList<>(Routed.byFormat(formats).getOrDefault(format, List.of()));
    if (entries.isEmpty()) {
      entries.add(new Routed.Entry(null, Samples.path(format), Samples.text(format)));
    }
    entries.sort(Comparator.comparingInt((Routed.Entry e) -> e.text().length()));
    List<Routed.Entry> chosen = switch (size) {
      case "small" -> List.of(entries.get(0));
      case "large" -> List.of(entries.get(entries.size() - 1));
      default -> entries;
    };
    sources = chosen.stream().map(e -> SourceFile.of(e.relativePath(), e.text())).toList();
    parsed = sources.stream().map(reader::read).toList();
  }

  /** Reads the files. */
  @Benchmark
  public void read(Blackhole sink) {
    for (SourceFile source : sources) {
      sink.consume(reader.read(source));
    }
  }

  /** Checks what was read with every rule of the format. */
  @Benchmark
  public void check(Blackhole sink) {
    for (Parsed<Object> one : parsed) {
      sink.consume(policy.check(one, reader));
    }
  }

  /** Writes what was read. */
  @Benchmark
  public void write(Blackhole sink) {
    for (Parsed<Object> one : parsed) {
      one.value().ifPresent(v -> sink.consume(reader.write(v)));
    }
  }
}
