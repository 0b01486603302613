package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container: the job's {@code container} or one of its {@code services}.
 *
 * <pre>{@code
 * Container.image("postgres:16").withEnv(Map.of("POSTGRES_PASSWORD", "${{ secrets.DB_PASSWORD }}"))
 *     .withPorts("5432:5432")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Container implements WithContainer {

  /** The image, such as {@code node:20} (may hold an expression). */
  public abstract String image();

  /** Registry credentials. */
  public abstract Optional<Credentials> credentials();

  /** {@code credentials} as one expression ({@code ${{ fromJSON(secrets.REGISTRY) }}}), instead of {@link #credentials()}. */
  public abstract Optional<String> credentialsExpression();

  /** Environment variables of the container. */
  public abstract Map<String, String> env();

  /** The environment as one expression ({@code env: ${{ fromJSON(...) }}}), instead of {@link #env()}. */
  public abstract Optional<String> envExpression();

  /** Published ports, such as {@code 5432:5432} or {@code 6379}. */
  public abstract List<String> ports();

  /** Volumes, such as {@code my_docker_volume:/volume_mount}. */
  public abstract List<String> volumes();

  /** Extra {@code docker create} options. */
  public abstract Optional<String> options();

  /** {@code command}: overrides the image's command (services only). */
  public abstract Optional<String> command();

  /** {@code entrypoint}: overrides the image's entrypoint (services only). */
  public abstract Optional<String> entrypoint();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** A container from an image. */
  public static Container image(String image) {
    return builder().image(image).build();
  }

  /** Starts a container. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds containers. */
  public static final class Builder extends ImmutableContainer.Builder {}

  @Value.Check
  protected void check() {
    if (image().isBlank()) {
      throw new IllegalArgumentException("container.image is empty; give an image such as 'node:20'");
    }
    if (credentialsExpression().isPresent() && credentials().isPresent()) {
      throw new IllegalArgumentException("container.credentials is either a mapping or one expression, not both");
    }
    if (envExpression().isPresent() && !env().isEmpty()) {
      throw new IllegalArgumentException("container.env is either a map or one expression, not both");
    }
  }
}
