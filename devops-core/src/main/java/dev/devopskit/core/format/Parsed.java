package dev.devopskit.core.format;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.SourceMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader made of a file: the value (as much of it as could be read), the source, where each element is,
 * and the findings about the file's syntax.
 *
 * <p>Readers never throw on bad input: a file that cannot be read at all gives an empty value and an error
 * finding at the place it broke.
 *
 * @param <T> the type of value read
 */
public final class Parsed<T> {
  private final Optional<T> value;
  private final SourceFile source;
  private final SourceMap sourceMap;
  private final List<Finding> findings;

  private Parsed(Optional<T> value, SourceFile source, SourceMap sourceMap, List<Finding> findings) {
    this.value = Objects.requireNonNull(value, "value");
    this.source = Objects.requireNonNull(source, "source");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    this.findings = List.copyOf(findings);
  }

  /** A file that was read, with its findings. */
  public static <T> Parsed<T> of(T value, SourceFile source, SourceMap sourceMap, List<Finding> findings) {
    return new Parsed<>(Optional.of(value), source, sourceMap, findings);
  }

  /** A file that could not be read into a value at all. */
  public static <T> Parsed<T> failed(SourceFile source, List<Finding> findings) {
    return new Parsed<>(Optional.empty(), source, SourceMap.none(), findings);
  }

  /** The value, when the file could be read. */
  public Optional<T> value() {
    return value;
  }

  /** The source file. */
  public SourceFile source() {
    return source;
  }

  /** Where each element of the value is in the source. */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /** Findings about the file's syntax and shape (not the rules' findings). */
  public List<Finding> findings() {
    return findings;
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The same source and findings with another value. */
  public <U> Parsed<U> map(java.util.function.Function<T, U> mapper) {
    return new Parsed<>(value.map(mapper), source, sourceMap, findings);
  }

  /** The same value with more findings. */
  public Parsed<T> withFindings(List<Finding> more) {
    List<Finding> all = new java.util.ArrayList<>(findings);
    all.addAll(more);
    return new Parsed<>(value, source, sourceMap, all);
  }

  @Override
  public String toString() {
    return "Parsed[" + source.path() + ", " + (value.isPresent() ? "value" : "no value") + ", "
        + findings.size() + " findings]";
  }
}
