package dev.devopskit.docker.compose;

import dev.devopskit.core.value.ValueText;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A secret or config granted to a service: short syntax (the name) or long syntax ({@code source},
 * {@code target}, {@code uid}, {@code gid}, {@code mode}).
 *
 * @param source the top-level secret or config
 * @param options the other long-syntax keys
 */
public record ServiceReference(String source, Map<String, YamlNode> options) {

  /** Copies the options. */
  public ServiceReference {
    Objects.requireNonNull(source, "source");
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** A reference by name. */
  public static ServiceReference of(String source) {
    return new ServiceReference(source, Map.of());
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
