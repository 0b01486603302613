package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service's {@code logging}: the driver and its options.
 *
 * <pre>{@code
 * Logging logging = Logging.builder().driver("json-file")
 *     .putOption("max-size", "10m").putOption("max-file", "3").build();
 * }</pre>
 *
 * <p>Option values are kept as text: {@code max-file: 3} and {@code max-file: "3"} read to the same value, and
 * the writer writes strings, which every driver accepts. An option written without a value reads as empty text.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Logging implements WithLogging {
  static final List<String> KEYS = List.of("driver", "options");

  /** The driver: {@code json-file}, {@code local}, {@code syslog}, {@code journald}, {@code none}... */
  public abstract Optional<String> driver();

  /** The driver's options, in order ({@code max-size}, {@code max-file}...). */
  public abstract Map<String, String> options();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** The {@code json-file} driver with rotation: at most {@code files} files of {@code maxSize} each. */
  public static Logging jsonFile(String maxSize, int files) {
    return builder().driver("json-file").putOption("max-size", maxSize).putOption("max-file", String.valueOf(files))
        .build();
  }

  /** Starts a logging configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds logging configurations. */
  public static final class Builder extends ImmutableLogging.Builder {}

  @Value.Check
  protected void check() {
    ComposeValues.notOwn("logging", other().keySet(), KEYS);
  }
}
