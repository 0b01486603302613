package dev.devopskit.docker.compose;

import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a service's image is built: short syntax (the context path) or long syntax.
 *
 * @param context the build context (a folder relative to the compose file, or a URL)
 * @param dockerfile the Dockerfile, relative to the context
 * @param target the stage to build
 * @param args build arguments ({@code null} values are taken from the environment)
 * @param options other keys ({@code cache_from}, {@code secrets}, {@code platforms}, {@code ssh}...)
 */
public record Build(Optional<String> context, Optional<String> dockerfile, Optional<String> target,
    Map<String, Optional<String>> args, Map<String, YamlNode> options) {

  /** Copies the maps. */
  public Build {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(dockerfile, "dockerfile");
    Objects.requireNonNull(target, "target");
    args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }

  /** A build of a context with a Dockerfile in it: {@code Build.of(".", "docker/Dockerfile")}. */
  public static Build of(String context, String dockerfile) {
    return new Build(Optional.of(context), Optional.of(dockerfile), Optional.empty(), Map.of(), Map.of());
  }

  /** Whether the short syntax says all of it. */
  public boolean isShort() {
    return context.isPresent() && dockerfile.isEmpty() && target.isEmpty() && args.isEmpty() && options.isEmpty();
  }

  /** The build without the values of its arguments, which may be secrets. */
  @Override
  public String toString() {
    return "Build[context=" + context.orElse("") + ", dockerfile=" + dockerfile.orElse("") + ", target="
        + target.orElse("") + ", args=" + args.keySet() + ", options=" + options.keySet() + "]";
  }
}
