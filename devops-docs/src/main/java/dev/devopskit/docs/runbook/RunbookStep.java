package dev.devopskit.docs.runbook;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.docs.markdown.CodeBlock;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a runbook (or of its rollback): what to do, the command in a fenced block with its language, the
 * output to expect, and what to do when the output differs.
 *
 * <pre>{@code
 * RunbookStep.builder().title("Take a backup")
 *     .command(CodeBlock.bash("docker compose exec -T db pg_dump -Fc -U app app > app.dump"))
 *     .expectedOutput("No output; app.dump is larger than 0 bytes.")
 *     .ifDifferent("Check the disk space with `df -h` and escalate.").build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class RunbookStep implements WithRunbookStep {

  /** A short imperative title: {@code Stop writes to the database}. */
  public abstract String title();

  /** More detail, in Markdown; empty for none. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The command to run, when the step has one. */
  public abstract Optional<CodeBlock> command();

  /** What the command prints when all is well. */
  public abstract Optional<String> expectedOutput();

  /** What to do when the output is not as expected. */
  public abstract Optional<String> ifDifferent();

  /** A step that runs a shell command. */
  public static RunbookStep run(String title, String bashCommand) {
    return builder().title(title).command(CodeBlock.bash(bashCommand)).build();
  }

  /** Starts a step. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds steps. */
  public static final class Builder extends ImmutableRunbookStep.Builder {}

  @Value.Check
  protected void check() {
    if (title().isBlank() || title().contains("\n")) {
      throw new IllegalArgumentException("a runbook step needs a one-line title, got '"
          + Redaction.redactSecrets(title()) + "'");
    }
  }
}
