package dev.devopskit.docker.compose;

import dev.devopskit.core.value.ValueText;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A volume mounted into a service: short syntax {@code [SOURCE:]TARGET[:MODE]} or long syntax ({@code type},
 * {@code source}, {@code target}, {@code read_only} and the per-type options, kept in {@link #options()}).
 *
 * @param type {@code volume}, {@code bind}, {@code tmpfs}, {@code npipe}, {@code cluster} or {@code image}
 * @param source a named volume, a host path, or empty for an anonymous volume
 * @param target the path in the container
 * @param mode the short syntax's access mode ({@code ro}, {@code rw}, {@code ro,z})
 * @param readOnly the long syntax's {@code read_only}
 * @param options other long-syntax keys ({@code bind}, {@code volume}, {@code tmpfs}, {@code consistency}...)
 */
public record ServiceVolume(String type, Optional<String> source, String target, Optional<String> mode,
    boolean readOnly, Map<String, YamlNode> options) {

  /** Validates the mount. */
  public ServiceVolume {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
    // In the order given (Map.copyOf would iterate in an order that changes from run to run).
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    if (!List.of("volume", "bind", "tmpfs", "npipe", "cluster", "image").contains(type)) {
      throw new IllegalArgumentException("volume type '" + type + "' must be volume, bind, tmpfs, npipe, cluster "
          + "or image");
    }
  }

  /** A named volume: {@code ServiceVolume.named("db-data", "/var/lib/postgresql/data")}. */
  public static ServiceVolume named(String volume, String target) {
    return new ServiceVolume("volume", Optional.of(volume), target, Optional.empty(), false, Map.of());
  }

  /** A bind mount of a host path. */
  public static ServiceVolume bind(String hostPath, String target) {
    return new ServiceVolume("bind", Optional.of(hostPath), target, Optional.empty(), false, Map.of());
  }

  /** The type the short syntax gives a source: a path is a bind mount, a name a named volume. */
  public static String shortType(Optional<String> source) {
    if (source.isEmpty()) {
      return "volume";
    }
    String s = source.get();
    boolean path = s.startsWith("/") || s.startsWith(".") || s.startsWith("~") || s.startsWith("$")
        || s.matches("[A-Za-z]:[\\\\/].*") || s.startsWith("\\\\");
    return path ? "bind" : "volume";
  }

  /**
   * Parses the short syntax.
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static ServiceVolume parse(String text) {
    String[] parts = splitWindowsAware(text);
    if (parts.length == 1) {
      return new ServiceVolume("volume", Optional.empty(), parts[0], Optional.empty(), false, Map.of());
    }
    Optional<String> source = Optional.of(parts[0]);
    Optional<String> mode = parts.length > 2 ? Optional.of(parts[2]) : Optional.empty();
    if (parts.length > 3) {
      throw new IllegalArgumentException("volume '" + text + "' must be [SOURCE:]TARGET[:MODE]");
    }
    return new ServiceVolume(shortType(source), source, parts[1], mode, false, Map.of());
  }

  private static String[] splitWindowsAware(String text) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ':' && depth == 0) {
        boolean drive = i - start == 1 && Character.isLetter(text.charAt(start)) && i + 1 < text.length()
            && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == '/');
        if (!drive) {
          parts.add(text.substring(start, i));
          start = i + 1;
        }
      }
    }
    parts.add(text.substring(start));
    return parts.toArray(new String[0]);
  }

  /** Whether the short syntax says all of this mount. */
  public boolean isShort() {
    return options.isEmpty() && !readOnly && shortType(source).equals(type) && !target.isEmpty()
        && (source.isPresent() || mode.isEmpty());
  }

  /** The short syntax. */
  public String shortSyntax() {
    return source.map(s -> s + ":").orElse("") + target + mode.map(m -> ":" + m).orElse("");
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
