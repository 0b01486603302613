package dev.devopskit.github.preset;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.github.rules.CostClass;
import org.immutables.value.Value;

/**
 * An extra stage of the pipeline (a security audit, end-to-end tests): a job that runs one command, placed in the
 * pipeline by its cost class so the cheaper checks still come first.
 *
 * <pre>{@code
 * PipelineStage.of("audit", "Dependency audit", "pnpm audit --prod", CostClass.LINT)
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class PipelineStage implements WithPipelineStage {

  /** The job id. */
  public abstract String id();

  /** The job's readable name. */
  public abstract String name();

  /** The command it runs after dependencies are installed. */
  public abstract String command();

  /** Its cost class: where it goes in the pipeline. */
  public abstract CostClass cost();

  /** Its {@code timeout-minutes}. */
  @Value.Default
  public int timeoutMinutes() {
    return 5;
  }

  /** A stage with the default timeout. */
  public static PipelineStage of(String id, String name, String command, CostClass cost) {
    return builder().id(id).name(name).command(command).cost(cost).build();
  }

  /** Starts a stage. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds stages. */
  public static final class Builder extends ImmutablePipelineStage.Builder {}

  @Value.Check
  protected void check() {
    if (!id().matches("[A-Za-z_][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("stage id '"
          + Redaction.redactSecrets(id()) + "' must start with a letter or '_' and hold only "
          + "letters, digits, '-' and '_'");
    }
    if (cost() == CostClass.DEPLOY) {
      throw new IllegalArgumentException("stage '"
          + Redaction.redactSecrets(id()) + "' has cost class deploy; deploys are the pipeline's "
          + "own deploy step (TrunkPipeline.deploy)");
    }
    if (timeoutMinutes() < 1) {
      throw new IllegalArgumentException("stage '"
          + Redaction.redactSecrets(id()) + "' timeoutMinutes must be positive");
    }
  }
}
