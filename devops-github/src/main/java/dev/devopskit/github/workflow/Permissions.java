package dev.devopskit.github.workflow;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code permissions} of the {@code GITHUB_TOKEN}: {@code read-all}, {@code write-all}, or access per scope
 * ({@code {}} grants nothing).
 *
 * <pre>{@code
 * Permissions.of("contents", Access.READ).withScope("id-token", Access.WRITE)
 * Permissions.readAll()
 * Permissions.none()      // permissions: {}
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Permissions implements WithPermissions {
  /** Every scope GitHub documents, in the order of its documentation. */
  public static final List<String> SCOPES = List.of("actions", "artifact-metadata", "attestations", "checks",
      "code-quality", "contents", "deployments", "discussions", "id-token", "issues", "models", "packages", "pages",
      "pull-requests", "repository-projects", "security-events", "statuses");

  /** {@code READ} for {@code read-all}, {@code WRITE} for {@code write-all}; empty for per-scope access. */
  public abstract Optional<Access> all();

  /** Access per scope, such as {@code contents: read}. */
  public abstract Map<String, Access> scopes();

  /** {@code permissions: read-all}. */
  public static Permissions readAll() {
    return builder().all(Access.READ).build();
  }

  /** {@code permissions: write-all}. */
  public static Permissions writeAll() {
    return builder().all(Access.WRITE).build();
  }

  /** {@code permissions: {}}: the token gets no access at all. */
  public static Permissions none() {
    return builder().build();
  }

  /** Access to one scope. */
  public static Permissions of(String scope, Access access) {
    return builder().putScope(scope, access).build();
  }

  /** A copy that also grants {@code access} to {@code scope}. */
  public Permissions withScope(String scope, Access access) {
    return builder().from(this).putScope(scope, access).build();
  }

  /** Starts permissions. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds permissions. */
  public static final class Builder extends ImmutablePermissions.Builder {}

  @Value.Check
  protected void check() {
    if (all().isPresent() && !scopes().isEmpty()) {
      throw new IllegalArgumentException(
          "permissions: 'all' (read-all/write-all) and per-scope access exclude each other; use one of them");
    }
    if (all().isPresent() && all().get() == Access.NONE) {
      throw new IllegalArgumentException(
          "permissions: 'all' is read-all or write-all; for no access use Permissions.none() ({})");
    }
    for (String scope : scopes().keySet()) {
      if (!SCOPES.contains(scope)) {
        throw new IllegalArgumentException("permissions: unknown scope '"
            + Redaction.redactSecrets(scope) + "'; use one of " + SCOPES);
      }
    }
  }
}
