package dev.devopskit.core.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registered formats: every {@link Format} found with {@link ServiceLoader} on the class or module path.
 */
public final class Formats {
  private final List<Format<?>> formats;

  private Formats(List<Format<?>> formats) {
    List<Format<?>> sorted = new ArrayList<>(formats);
    sorted.sort(Comparator.<Format<?>>comparingInt(Format::priority).reversed().thenComparing(Format::name));
    this.formats = List.copyOf(sorted);
  }

  /** The formats installed on the class path of the given loader's context. */
  public static Formats installed() {
    List<Format<?>> found = new ArrayList<>();
    for (Format<?> format : ServiceLoader.load(Format.class, Formats.class.getClassLoader())) {
      found.add(format);
    }
    if (Thread.currentThread().getContextClassLoader() != null
        && Thread.currentThread().getContextClassLoader() != Formats.class.getClassLoader()) {
      for (Format<?> format : ServiceLoader.load(Format.class)) {
        if (found.stream().noneMatch(f -> f.name().equals(format.name()))) {
          found.add(format);
        }
      }
    }
    return new Formats(found);
  }

  /** Exactly these formats (for tests and embedding). */
  public static Formats of(List<? extends Format<?>> formats) {
    return new Formats(new ArrayList<>(formats));
  }

  /** All formats, highest priority first. */
  public List<Format<?>> all() {
    return formats;
  }

  /** The format with this name. */
  public Optional<Format<?>> byName(String name) {
    return formats.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The format that claims a path by its name, if any. */
  public Optional<Format<?>> forPath(String relativePath) {
    for (Format<?> format : formats) {
      if (format.claims(relativePath)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The format that claims a path by name, or else by the file's first lines. A format that recognises the content
   * wins over a lower-priority claim by name (such as the plain-text fallback's claim on every {@code *.yml}).
   */
  public Optional<Format<?>> forFile(String relativePath, String head) {
    Optional<Format<?>> byPath = forPath(relativePath);
    if (byPath.isPresent() && byPath.get().priority() >= 0) {
      return byPath;
    }
    int floor = byPath.map(Format::priority).orElse(Integer.MIN_VALUE);
    Optional<Format<?>> byContent = formats.stream().filter(f -> f.priority() > floor)
        .filter(f -> f.claimsContent(relativePath, head)).findFirst();
    return byContent.isPresent() ? byContent : byPath;
  }

  /**
   * The format of a file someone named: the one that claims it by path or by content ({@link #forFile}), else the
   * first that {@linkplain Format#recognizes recognizes} its first lines. Empty when no format knows the file, or
   * only the plain-text fallback does and no format recognizes it.
   */
  public Optional<Format<?>> forNamedFile(String relativePath, String head) {
    Optional<Format<?>> claimed = forFile(relativePath, head);
    if (claimed.isPresent() && claimed.get().priority() >= 0) {
      return claimed;
    }
    for (Format<?> format : formats) {
      if (format.recognizes(head)) {
        return Optional.of(format);
      }
    }
    return claimed;
  }

  /** Every rule of every format and of the core, by id, sorted. */
  public List<dev.devopskit.core.check.RuleInfo> rules() {
    java.util.Map<String, dev.devopskit.core.check.RuleInfo> rules = new java.util.TreeMap<>();
    dev.devopskit.core.check.CoreRules.all().forEach(r -> rules.put(r.id(), r));
    for (Format<?> format : formats) {
      format.readerRules().forEach(r -> rules.putIfAbsent(r.id(), r));
      format.rules().forEach(r -> rules.putIfAbsent(r.info().id(), r.info()));
    }
    return List.copyOf(rules.values());
  }

  /** The format whose values are of this type (or a supertype of it). */
  public Optional<Format<?>> forValue(Object value) {
    return formats.stream().filter(f -> f.valueType().isInstance(value)).findFirst();
  }
}
