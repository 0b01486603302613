package dev.devopskit.docker.compose;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Compose file: {@code name}, {@code services}, the top-level {@code volumes}, {@code networks},
 * {@code secrets} and {@code configs}, {@code include}, {@code x-} extensions, and any other key kept as written.
 * The obsolete {@code version} is not part of the value: compose ignores it and the writer leaves it out.
 */
@Value.Immutable
@DevOpsStyle
public abstract class ComposeFile implements WithComposeFile {

  /** The project name. */
  public abstract Optional<String> name();

  /** {@code include}: other compose files (strings or long-syntax mappings, as written). */
  public abstract List<YamlNode> include();

  /** The services by name, in order. */
  public abstract Map<String, Service> services();

  /** Top-level named volumes. */
  public abstract Map<String, Resource> volumes();

  /** Top-level networks. */
  public abstract Map<String, Resource> networks();

  /** Top-level secrets. */
  public abstract Map<String, Resource> secrets();

  /** Top-level configs. */
  public abstract Map<String, Resource> configs();

  /** {@code x-} extensions, as written. */
  public abstract Map<String, YamlNode> extensions();

  /** Unknown top-level keys, as written (the services of a version 1 file, which has no {@code services} key). */
  public abstract Map<String, YamlNode> other();

  /**
   * Whether {@code services} is written when there are none ({@code services: {}}): true by default, as a file
   * built in Java states its services; false for a file read without the key (an include-only file, a version 1
   * file), which is printed without it.
   */
  @Value.Default
  public boolean servicesKey() {
    return true;
  }

  /** Starts a compose file. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds compose files. */
  public static final class Builder extends ImmutableComposeFile.Builder {}

  @Value.Check
  protected void check() {
    for (String name : services().keySet()) {
      if (!name.matches("[a-zA-Z0-9._-]+")) {
        throw new IllegalArgumentException("service name '" + Redaction.redactSecrets(name)
            + "' may hold only letters, digits, '.', '_' and '-'");
      }
    }
    for (String key : extensions().keySet()) {
      if (!key.startsWith("x-")) {
        throw new IllegalArgumentException("extension '" + Redaction.redactSecrets(key) + "' must start with 'x-'");
      }
    }
  }
}
