package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A job's {@code strategy}: its matrix, whether one failure cancels the rest ({@code fail-fast}) and how many
 * combinations run at once ({@code max-parallel}).
 *
 * <pre>{@code
 * Strategy.matrix(Matrix.of("java", "17", "21")).withFailFast("false")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Strategy implements WithStrategy {

  /** The whole strategy as one expression, such as {@code ${{ fromJSON(needs.plan.outputs.strategy) }}}. */
  public abstract Optional<String> expression();

  /** The matrix. */
  public abstract Optional<Matrix> matrix();

  /** {@code fail-fast}: {@code true}, {@code false} or an expression. */
  public abstract Optional<String> failFast();

  /** {@code max-parallel}: a number or an expression. */
  public abstract Optional<String> maxParallel();

  /** Keys this model does not know, kept as read and written back. */
  public abstract Map<String, YamlNode> extensions();

  /** A strategy with a matrix. */
  public static Strategy matrix(Matrix matrix) {
    return builder().matrix(matrix).build();
  }

  /** Starts a strategy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds strategies. */
  public static final class Builder extends ImmutableStrategy.Builder {
    /** Sets {@code fail-fast} to a constant. */
    public Builder failFast(boolean failFast) {
      return failFast(String.valueOf(failFast));
    }

    /** Sets {@code max-parallel} to a number. */
    public Builder maxParallel(int jobs) {
      return maxParallel(String.valueOf(jobs));
    }
  }

  @Value.Check
  protected void check() {
    if (expression().isPresent() && (matrix().isPresent() || failFast().isPresent() || maxParallel().isPresent()
        || !extensions().isEmpty())) {
      throw new IllegalArgumentException("strategy is either one expression or a matrix with settings, not both");
    }
    maxParallel().filter(Numbers::isInteger).ifPresent(n -> {
      if (Long.parseLong(n) < 0) {
        throw new IllegalArgumentException("strategy.max-parallel is " + n + "; it must not be negative");
      }
    });
  }
}
