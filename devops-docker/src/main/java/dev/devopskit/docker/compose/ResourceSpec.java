package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The amounts of {@code deploy.resources.limits} or {@code deploy.resources.reservations}. Limits take
 * {@code cpus}, {@code memory} and {@code pids}; reservations take {@code cpus}, {@code memory} and
 * {@code devices} ({@code generic_resources} is kept in {@link #other()}).
 *
 * <pre>{@code
 * ResourceSpec limits = ResourceSpec.builder().cpus("0.5").memory("512m").pids(200).build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class ResourceSpec implements WithResourceSpec {
  static final List<String> LIMIT_KEYS = List.of("cpus", "memory", "pids");
  static final List<String> RESERVATION_KEYS = List.of("cpus", "memory", "generic_resources", "devices");

  /** {@code cpus}: cores as a number ({@code 0.5}, {@code 2}) or a variable. */
  public abstract Optional<String> cpus();

  /** {@code memory}: a size like {@code 512m} or {@code 1.5G}, or a variable. */
  public abstract Optional<String> memory();

  /** {@code pids}: the most processes the container may run (limits only); a whole number or a variable. */
  public abstract Optional<String> pids();

  /** {@code devices} to reserve (reservations only). */
  public abstract List<DeviceRequest> devices();

  /** {@code generic_resources}, {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** Starts a resource specification. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds resource specifications. */
  public static final class Builder extends ImmutableResourceSpec.Builder {
    /** {@code pids} as a number. */
    public final Builder pids(int processes) {
      pids(String.valueOf(processes));
      return this;
    }
  }

  @Value.Check
  protected void check() {
    cpus().ifPresent(c -> ComposeValues.number("cpus", c));
    memory().ifPresent(m -> ComposeValues.size("memory", m));
    pids().ifPresent(p -> ComposeValues.wholeNumber("pids", p));
    // pids in reservations and devices in limits are not compose's grammar: the reader keeps them in other().
    List<String> own = new java.util.ArrayList<>(List.of("cpus", "memory"));
    if (pids().isPresent()) {
      own.add("pids");
    }
    if (!devices().isEmpty()) {
      own.add("devices");
    }
    ComposeValues.notOwn("resources", other().keySet(), own);
  }
}
