package dev.devopskit.github.workflow;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.value.OwnText;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What a step (or a reusable-workflow job) {@code uses}: {@code owner/repo[/path]@ref}, a local {@code ./path}, or
 * {@code docker://image}, or {@code $/path} in the workflow's own repository at the running commit; a SHA pin may carry its version as a comment ({@code actions/checkout@<sha> # v4.2.2}).
 *
 * <pre>{@code
 * ActionRef.of("actions/checkout@v4")
 * ActionRef.pinned("actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2")
 * ActionRef.of("./.github/actions/setup")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class ActionRef implements WithActionRef, OwnText {

  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

  /** How an action is found. */
  public enum Kind {
    /** {@code owner/repo[/path]@ref}: an action or workflow in a repository. */
    REPOSITORY,
    /** {@code ./path}: an action or workflow in the checked-out workspace. */
    LOCAL,
    /** {@code $/path}: an action or workflow in this repository at the running commit. */
    SELF,
    /** {@code docker://image}: a container image. */
    DOCKER,
    /**
     * {@code ${{ ... }}}: an expression, which GitHub does not allow here (it reads {@code uses} before it evaluates
     * expressions). A file that has one reads with an error finding and is kept as written, so it prints back.
     */
    EXPRESSION
  }

  /** The reference exactly as written after {@code uses:}. */
  @Value.Parameter
  public abstract String text();

  /** The comment written after the reference on the same line, such as the version of a SHA pin. */
  public abstract Optional<String> comment();

  /** A reference from its text. */
  public static ActionRef of(String text) {
    return ImmutableActionRef.of(text);
  }

  /** A repository action pinned to a commit, with the version it stands for as a comment. */
  public static ActionRef pinned(String repository, String sha, String version) {
    return builder().text(repository + "@" + sha).comment(version).build();
  }

  /** Starts a reference. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds references. */
  public static final class Builder extends ImmutableActionRef.Builder {}

  /** The kind of reference. */
  public Kind kind() {
    if (text().contains("${{")) {
      return Kind.EXPRESSION;
    }
    if (text().startsWith("docker://")) {
      return Kind.DOCKER;
    }
    if (text().startsWith("$/")) {
      return Kind.SELF;
    }
    return text().startsWith("./") || text().startsWith(".\\") ? Kind.LOCAL : Kind.REPOSITORY;
  }

  /** {@code owner/repo} of a repository reference; empty for other kinds. */
  public Optional<String> repository() {
    if (kind() != Kind.REPOSITORY) {
      return Optional.empty();
    }
    String[] parts = withoutRef().split("/", -1);
    return parts.length >= 2 ? Optional.of(parts[0] + "/" + parts[1]) : Optional.empty();
  }

  /** The path inside the repository ({@code owner/repo/path@ref}), or the local path; empty when there is none. */
  public Optional<String> path() {
    if (kind() == Kind.LOCAL || kind() == Kind.SELF) {
      return Optional.of(text());
    }
    if (kind() != Kind.REPOSITORY) {
      return Optional.empty();
    }
    String[] parts = withoutRef().split("/", 3);
    return parts.length == 3 ? Optional.of(parts[2]) : Optional.empty();
  }

  /** The ref after {@code @} (tag, branch or SHA); empty for local, Docker and expression references. */
  public Optional<String> ref() {
    int at = text().lastIndexOf('@');
    return kind() == Kind.REPOSITORY && at >= 0 ? Optional.of(text().substring(at + 1)) : Optional.empty();
  }

  /** Whether the ref is a full commit SHA. */
  public boolean isShaPinned() {
    return ref().filter(r -> SHA.matcher(r).matches()).isPresent();
  }

  /** The image of a Docker reference. */
  public Optional<String> image() {
    return kind() == Kind.DOCKER ? Optional.of(text().substring("docker://".length())) : Optional.empty();
  }

  /**
   * Whether a job's {@code uses} text names a reusable workflow file: {@code owner/repo/path/file.yml@ref} or
   * {@code ./path/file.yaml}.
   */
  public static boolean isWorkflowUses(String uses) {
    return WorkflowFileNames.isUses(uses);
  }

  /** Whether this names a reusable workflow file ({@code .yml} or {@code .yaml}). */
  public boolean isWorkflow() {
    String path = kind() == Kind.LOCAL || kind() == Kind.SELF ? text() : withoutRef();
    return WorkflowFileNames.isPath(path);
  }

  private String withoutRef() {
    int at = text().lastIndexOf('@');
    return at >= 0 ? text().substring(0, at) : text();
  }

  @Value.Check
  protected void check() {
    if (text().isBlank() || !text().strip().equals(text())) {
      throw new IllegalArgumentException("uses '"
          + Redaction.redactSecrets(text()) + "' is empty or has spaces around it");
    }
    if (kind() == Kind.REPOSITORY) {
      int at = text().lastIndexOf('@');
      String name = withoutRef();
      // owner and repo: text before the first '/', and text after it up to the next '/' or the end, both non-empty
      int slash = name.indexOf('/');
      boolean ownerAndRepo = slash > 0 && slash + 1 < name.length() && name.charAt(slash + 1) != '/';
      if (at < 0 || at == text().length() - 1 || !ownerAndRepo) {
        throw new IllegalArgumentException("uses '"
            + Redaction.redactSecrets(text()) + "' must be 'owner/repo[/path]@ref', './path' or "
            + "'docker://image'; add the ref, for example '@v4'");
      }
    }
    if (kind() == Kind.DOCKER && image().orElse("").isEmpty()) {
      throw new IllegalArgumentException("uses '"
          + Redaction.redactSecrets(text()) + "' names no image after docker://");
    }
    if (comment().isPresent() && comment().get().contains("\n")) {
      throw new IllegalArgumentException("uses comment must be one line, got '" + comment().get() + "'");
    }
  }

  /**
   * The reference as written after {@code uses:}, with its comment:
   * {@code actions/checkout@<sha> # v4} (what {@code toString()} shows).
   */
  @Override
  public String ownText() {
    return text() + comment().map(c -> " # " + c).orElse("");
  }
}
