package dev.devopskit.docker.dockerfile;

import dev.devopskit.core.secret.SecretRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@code RUN --mount=...}: a cache, secret, bind, ssh or tmpfs mount with its options
 * ({@code type=cache,target=/root/.m2}).
 *
 * <pre>{@code
 * Mount.cache("/root/.m2");                          // type=cache,target=/root/.m2
 * Mount.secret(SecretRef.named("NPM_TOKEN"));        // type=secret,id=npm_token,env=NPM_TOKEN
 * }</pre>
 *
 * @param type {@code bind} (the default), {@code cache}, {@code secret}, {@code ssh} or {@code tmpfs}
 * @param options the other options in order ({@code target}, {@code id}, {@code from}, {@code sharing}...)
 */
public record Mount(String type, Map<String, String> options) {
  private static final List<String> TYPES = List.of("bind", "cache", "secret", "ssh", "tmpfs");

  /** Validates the type. */
  public Mount {
    Objects.requireNonNull(type, "type");
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("mount type '" + type + "' must be one of " + TYPES);
    }
  }

  /** A build cache at a path: {@code type=cache,target=PATH}. */
  public static Mount cache(String target) {
    return new Mount("cache", Map.of("target", target));
  }

  /**
   * A build secret exposed as an environment variable of the same name, with the lower-case name as its id:
   * build with {@code docker build --secret id=<id>,env=<NAME>}.
   */
  public static Mount secret(SecretRef secret) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("id", secret.name().toLowerCase(Locale.ROOT));
    options.put("env", secret.name());
    return new Mount("secret", options);
  }

  /**
   * Parses the value of {@code --mount}.
   *
   * @throws IllegalArgumentException when the type is unknown
   */
  public static Mount parse(String value) {
    Map<String, String> options = new LinkedHashMap<>();
    String type = "bind";
    for (String part : value.split(",")) {
      int eq = part.indexOf('=');
      String key = (eq < 0 ? part : part.substring(0, eq)).trim();
      String v = eq < 0 ? "" : part.substring(eq + 1).trim();
      if (key.equals("type")) {
        type = v;
      } else if (!key.isEmpty()) {
        options.put(key, v);
      }
    }
    return new Mount(type, options);
  }

  /** An option ({@code target}, also spelt {@code dst} or {@code destination}). */
  public Optional<String> option(String name) {
    if (name.equals("target")) {
      return Optional.ofNullable(options.getOrDefault("target", options.getOrDefault("dst",
          options.get("destination"))));
    }
    return Optional.ofNullable(options.get(name));
  }

  /** The flag that adds this mount to a RUN. */
  public Flag flag() {
    return Flag.of("mount", toString());
  }

  @Override
  public String toString() {
    String rest = options.entrySet().stream().map(e -> e.getValue().isEmpty() ? e.getKey()
        : e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    return "type=" + type + (rest.isEmpty() ? "" : "," + rest);
  }
}
