package dev.devopskit.benchmarks;

import dev.devopskit.core.secret.SecretScanner;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Reading, writing and secret-scanning every real-world YAML file of the corpus, per operation = whole corpus. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class YamlBenchmark {
  private List<SourceFile> sources;
  private List<YamlNode> trees;

  /** Loads the corpus once. */
  @Setup
  public void load() {
    List<Path> files = Corpus.files(Corpus::yaml);
    sources = files.stream().map(p -> SourceFile.of(p.toString(), Corpus.read(p))).toList();
    trees = sources.stream().map(s -> Yaml.read(s).value().flatMap(YamlDocument::root).orElse(null))
        .filter(java.util.Objects::nonNull).toList();
  }

  /** Reads every YAML file into a tree with positions. */
  @Benchmark
  public void readAll(Blackhole sink) {
    for (SourceFile source : sources) {
      sink.consume(Yaml.read(source));
    }
  }

  /** Writes every tree in the house style. */
  @Benchmark
  public void writeAll(Blackhole sink) {
    for (YamlNode tree : trees) {
      sink.consume(Yaml.write(tree));
    }
  }

  /** Scans every file's text for secrets. */
  @Benchmark
  public void scanAll(Blackhole sink) {
    for (SourceFile source : sources) {
      sink.consume(SecretScanner.defaults().scanText(source.text()));
    }
  }
}
