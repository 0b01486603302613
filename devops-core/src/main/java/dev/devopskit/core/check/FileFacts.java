package dev.devopskit.core.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the rules of one file worked out about it, shared between them: each analysis runs once per checked file.
 * The engine makes one for each file it checks and hands it to the context of every rule of that file, so it
 * lives exactly as long as that check; nothing is kept between files. Rules reach it through
 * {@link RuleContext#facts(Class, Supplier)}.
 *
 * <p>Not thread-safe: the rules of one file run one after the other.
 */
public final class FileFacts {
  private final Map<Class<?>, Object> computed = new HashMap<>();

  /** Empty: nothing worked out yet. */
  public FileFacts() {}

  /**
   * The analysis of kind {@code kind}: worked out by {@code analysis} the first time it is asked for, the same
   * object afterwards. An analysis may ask for other analyses.
   */
  public <T> T get(Class<T> kind, Supplier<? extends T> analysis) {
    Object known = computed.get(kind);
    if (known != null) {
      return kind.cast(known);
    }
    T value = Objects.requireNonNull(analysis.get(), "analysis of " + kind.getSimpleName() + " gave null");
    computed.put(kind, value);
    return value;
  }

  @Override
  public String toString() {
    return "FileFacts" + computed.keySet().stream().map(Class::getSimpleName).sorted().toList();
  }
}
