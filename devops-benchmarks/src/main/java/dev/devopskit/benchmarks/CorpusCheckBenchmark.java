package dev.devopskit.benchmarks;

import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.kit.check.RepositoryCheck;
import java.io.IOException;
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

/** The whole real-world corpus checked by {@code PathCheck} (what {@code devops check} runs) and {@code RepositoryCheck}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class CorpusCheckBenchmark {
  private Path root;
  private PathCheck pathCheck;
  private RepositoryCheck repositoryCheck;

  /** Finds the corpus and builds the checks once. */
  @Setup
  public void load() {
    root = Corpus.root();
    pathCheck = PathCheck.of(Formats.installed(), Policy.defaults());
    repositoryCheck = RepositoryCheck.of(Formats.installed(), Policy.defaults());
  }

  /** Discovers, reads and checks every file with every rule. */
  @Benchmark
  public Object pathCheck() throws IOException {
    return pathCheck.check(List.of(root));
  }

  /** The same plus the cross-file rules of a repository. */
  @Benchmark
  public Object repositoryCheck() throws IOException {
    return repositoryCheck.check(root);
  }

  /** Only reads and parses every file (the lower bound of any check). */
  @Benchmark
  public Object parseOnly() throws IOException {
    return ParseOnly.parseAll(Formats.installed(), root);
  }
}
