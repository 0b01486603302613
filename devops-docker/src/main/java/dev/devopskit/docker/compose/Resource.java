package dev.devopskit.docker.compose;

import dev.devopskit.core.value.ValueText;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A top-level volume, network, secret or config: its attributes as written ({@code external}, {@code name},
 * {@code driver}, {@code file}, {@code environment}...).
 *
 * @param attributes the attributes, in order
 */
public record Resource(Map<String, YamlNode> attributes) {

  /** Copies the attributes. */
  public Resource {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** A resource with no attributes: a local named volume or a default network. */
  public static Resource empty() {
    return new Resource(Map.of());
  }

  /** A secret or config read from a file. */
  public static Resource file(String path) {
    return new Resource(Map.of("file", dev.devopskit.core.yaml.YamlScalar.string(path)));
  }

  /** A secret or config taken from an environment variable. */
  public static Resource environment(String variable) {
    return new Resource(Map.of("environment", dev.devopskit.core.yaml.YamlScalar.string(variable)));
  }

  /** An attribute as text. */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name)).flatMap(YamlNode::text);
  }

  /** Whether it is created outside compose ({@code external: true}). */
  public boolean external() {
    return attribute("external").map(v -> v.equals("true")).orElse(false)
        || Optional.ofNullable(attributes.get("external")).map(n -> n.asMapping().isPresent()).orElse(false);
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
