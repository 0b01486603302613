package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code deploy.resources.reservations.devices}: devices (usually GPUs) the container needs.
 *
 * <pre>{@code
 * DeviceRequest gpu = DeviceRequest.builder().driver("nvidia").count("all").addCapability("gpu").build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class DeviceRequest implements WithDeviceRequest {
  static final List<String> KEYS = List.of("capabilities", "driver", "count", "device_ids", "options");

  /** {@code capabilities} the devices must have ({@code gpu}, {@code compute}, {@code utility}...); required. */
  public abstract List<String> capabilities();

  /** {@code driver}, like {@code nvidia}. */
  public abstract Optional<String> driver();

  /** {@code count}: a whole number, {@code all}, or a variable; not together with {@code device_ids}. */
  public abstract Optional<String> count();

  /** {@code device_ids}: the devices to reserve by id. */
  public abstract List<String> deviceIds();

  /** {@code options} for the driver. */
  public abstract Map<String, String> options();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** Starts a device request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds device requests. */
  public static final class Builder extends ImmutableDeviceRequest.Builder {
    /** {@code count} as a number. */
    public final Builder count(int devices) {
      count(String.valueOf(devices));
      return this;
    }
  }

  @Value.Check
  protected void check() {
    if (capabilities().isEmpty()) {
      throw new IllegalArgumentException("a device request needs 'capabilities', like [gpu]");
    }
    count().ifPresent(c -> {
      if (!c.equals("all")) {
        ComposeValues.wholeNumber("devices.count", c);
      }
    });
    if (count().isPresent() && !deviceIds().isEmpty()) {
      throw new IllegalArgumentException("a device request takes 'count' or 'device_ids', not both");
    }
    ComposeValues.notOwn("devices", other().keySet(), KEYS);
  }
}
