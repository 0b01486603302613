package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.value.Masked;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The registry credentials of a container: a user name and a password, which should be an expression such as
 * {@code ${{ secrets.REGISTRY_PASSWORD }}}, never a literal.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Credentials implements WithCredentials {

  /** The user name. */
  public abstract Optional<String> username();

  /** The password (an expression that reads a secret). */
  @Masked
  public abstract Optional<String> password();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** Credentials from a user name and a password expression. */
  public static Credentials of(String username, String password) {
    return builder().username(username).password(password).build();
  }

  /** Starts credentials. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds credentials. */
  public static final class Builder extends ImmutableCredentials.Builder {}
}
